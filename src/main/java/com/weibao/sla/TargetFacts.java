package com.weibao.sla;

import com.weibao.cases.SlaTargetStatus;
import com.weibao.contract.SlaClock;
import com.weibao.contract.SlaKind;
import java.time.Duration;
import java.time.Instant;

/**
 * One SLA target of a case as a period report counts it: kind, clock, when it started, its deadline (null while the
 * case's clock is stopped), its outcome, the business time it took (pauses excluded) and how far it escalated.
 */
public record TargetFacts(long caseId, String code, SlaKind kind, SlaClock clock, String description,
                          Instant startedAt, Instant dueAt, SlaTargetStatus status, Instant metAt, Instant breachedAt,
                          Duration timeTaken, int escalationLevel) {
}
