package com.weibao.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stretch in which a case's clock stood still, and why. */
@Entity
@Table(name = "case_sla_pause")
public class CaseSlaPause {

    public enum Reason { WAITING_FOR_REPORTER, AGREED_TIME }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long caseId;

    @Column(nullable = false)
    private Instant pausedAt;

    private Instant resumedAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Reason reason;

    protected CaseSlaPause() {
    }

    CaseSlaPause(long caseId, Instant pausedAt, Reason reason) {
        this.caseId = caseId;
        this.pausedAt = pausedAt;
        this.reason = reason;
    }

    void resume(Instant at) {
        this.resumedAt = at;
    }

    Period period() {
        return new Period(pausedAt, resumedAt);
    }

    public Long getId() { return id; }
    public Instant getPausedAt() { return pausedAt; }
    public Instant getResumedAt() { return resumedAt; }
    public Reason getReason() { return reason; }
}
