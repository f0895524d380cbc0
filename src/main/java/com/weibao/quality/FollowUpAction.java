package com.weibao.quality;

/** What the service manager did about a callback that found the problem unsolved or the service poor. */
public enum FollowUpAction {
    /** A new case (the closed case's category) for the reporter's problem, linked in its description to the closed one. */
    NEW_CASE,
    /** A complaint (投诉) against the closed case and its engineers, handled in its own complaint process. */
    COMPLAINT,
    /** Settled with the reporter without a new case (explained, apologised, advised); the note says how. */
    SETTLED
}
