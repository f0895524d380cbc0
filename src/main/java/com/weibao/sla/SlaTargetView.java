package com.weibao.sla;

import com.weibao.contract.SlaClock;
import com.weibao.contract.SlaKind;
import java.time.Duration;
import java.time.Instant;

/** A case's SLA target as the REST API shows it. */
public record SlaTargetView(String code, SlaKind kind, String description, SlaClock clock, Instant startedAt,
                            Instant warningAt, Instant dueAt, SlaTargetStatus status, Instant metAt,
                            Instant breachedAt, Duration timeTaken, int escalationLevel) {

    static SlaTargetView of(CaseSlaTarget t) {
        return new SlaTargetView(t.getCode(), t.getKind(), t.getDescription(), t.getClock(), t.getStartedAt(),
                t.getWarningAt(), t.getDueAt(), t.getStatus(), t.getMetAt(), t.getBreachedAt(),
                t.getTimeTakenSeconds() == null ? null : Duration.ofSeconds(t.getTimeTakenSeconds()),
                t.getEscalationLevel());
    }
}
