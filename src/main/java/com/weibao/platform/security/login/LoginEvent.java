package com.weibao.platform.security.login;

import java.time.Instant;

/**
 * A password check of a login (published as a Spring application event, e.g. for the audit trail): who, from
 * which client address, through which door, and the outcome. A failure that locks a key is followed by a LOCKED
 * event naming the lock. Basic-authenticated doors check on every request: /api at most once per
 * weibao.security.credentials-cache per user and password, /engine-rest on each request. Attempts refused while
 * locked (HTTP 429) are not checked and not published, so an attacker cannot flood the listeners; they are logged.
 */
public record LoginEvent(Instant at, String userId, String address, LoginSurface surface, Outcome outcome,
                         LoginLock lock) {

    public enum Outcome {
        SUCCEEDED,
        FAILED,
        /** The failure just before locked {@link #lock()} until its lockedUntil. */
        LOCKED
    }
}
