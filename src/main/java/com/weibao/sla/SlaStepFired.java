package com.weibao.sla;

import java.time.Instant;

/**
 * Published when a watcher's timer has fired and its escalation step ran: which target, which step
 * ({@link CaseSlaTarget#WARNED} … {@link CaseSlaTarget#HOSPITAL}), when it was planned, and when it fired (in
 * milliseconds, whatever precision the database keeps). For metrics and the escalation benchmark.
 */
public record SlaStepFired(long targetId, long caseId, int step, Instant plannedAt, Instant firedAt) {
}
