package com.weibao.platform.security;

import java.time.Instant;

/**
 * Published for every login attempt: who tried, from which address, on which surface (Tasklist, /api,
 * /engine-rest), and the outcome (e.g. SUCCESS, FAILURE, LOCKED), so features such as the audit trail can react
 * without the security code knowing them.
 */
public record LoginAttempted(String userId, String clientAddress, String surface, String outcome, Instant at) {
}
