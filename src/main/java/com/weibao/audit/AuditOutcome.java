package com.weibao.audit;

public enum AuditOutcome {
    SUCCESS,
    /** Not allowed, not found or not valid: nothing happened. */
    REFUSED,
    /** The server failed (5xx). */
    FAILED
}
