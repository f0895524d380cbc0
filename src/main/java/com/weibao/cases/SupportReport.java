package com.weibao.cases;

import java.time.Instant;

/** What an engineer reports after a round of support; the action fields are empty when nothing was done yet. */
public record SupportReport(SupportMode mode, Instant startedAt, Instant endedAt, String notes, SupportOutcome outcome,
                            String remoteAccessPurpose, String reporterQuestion) {
}
