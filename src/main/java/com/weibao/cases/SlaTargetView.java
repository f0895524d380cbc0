package com.weibao.cases;

import com.weibao.contract.SlaClock;
import com.weibao.contract.SlaKind;
import java.time.Duration;
import java.time.Instant;

/** A case's SLA target as the REST API shows it (computed by the SLA module, see {@link CaseDeadlines}). */
public record SlaTargetView(String code, SlaKind kind, String description, SlaClock clock, Instant startedAt,
                            Instant warningAt, Instant dueAt, SlaTargetStatus status, Instant metAt,
                            Instant breachedAt, Duration timeTaken, int escalationLevel) {
}
