package com.weibao.cases;

import java.time.Instant;

/**
 * What an engineer reports after a round of support: the action taken (empty when nothing was done yet), a
 * solution plan if one was made, whether an on-site visit is needed, and what comes next.
 */
public record SupportReport(SupportMode mode, Instant startedAt, Instant endedAt, String notes, String solutionPlan,
                            boolean onsiteRequired, SupportOutcome outcome, String remoteAccessPurpose,
                            String reporterQuestion, Instant agreedTime) {
}
