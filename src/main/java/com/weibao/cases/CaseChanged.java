package com.weibao.cases;

import java.time.Instant;

/**
 * Published (synchronously, in the changing transaction) after every change of a case, so that features
 * reacting to it (SLA clocks, the reporter's updates) stay in step with the case without the case knowing them.
 */
public record CaseChanged(long caseId, CaseEventType type, Instant at) {
}
