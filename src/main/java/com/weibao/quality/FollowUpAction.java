package com.weibao.quality;

/** What the service manager did about a callback that found the problem unsolved or the service poor. */
public enum FollowUpAction {
    /** A new case (category 投诉) opened for the reporter, linked in its description to the closed case. */
    NEW_CASE,
    /** Settled with the reporter without a new case (explained, apologised, advised); the note says how. */
    SETTLED
}
