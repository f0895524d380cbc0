package com.weibao.cases;

/** What the engineer does next after a round of support. */
public enum SupportOutcome {
    /** Record more support later. */
    CONTINUE,
    /** Ask the hospital IT department for remote access to its systems. */
    REQUEST_REMOTE_ACCESS,
    /** Wait for the reporter's answer; the case resumes when they reply. */
    WAIT_FOR_REPORTER,
    /** Carry on at a time agreed with the hospital (e.g. at night, before it opens); the clock stops till then. */
    AGREE_TIME,
    /** The fault is fixed; the closure data follow. */
    RESOLVED
}
