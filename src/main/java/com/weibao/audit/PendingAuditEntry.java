package com.weibao.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An audit entry written in its own transaction's commit, waiting to be sealed into the chain. */
@Entity
@Table(name = "audit_pending")
class PendingAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant occurredAt;
    private String actor;
    private String clientAddress;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditSurface surface;
    @Column(nullable = false)
    private String action;
    private String objectType;
    private String objectId;
    private String hospitalCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditOutcome outcome;
    private String detail;

    protected PendingAuditEntry() {
    }

    PendingAuditEntry(AuditRecord r) {
        this.occurredAt = r.occurredAt();
        this.actor = r.actor();
        this.clientAddress = r.clientAddress();
        this.surface = r.surface();
        this.action = r.action();
        this.objectType = r.objectType();
        this.objectId = r.objectId();
        this.hospitalCode = r.hospitalCode();
        this.outcome = r.outcome();
        this.detail = r.detail();
    }

    AuditRecord record() {
        return new AuditRecord(occurredAt, actor, clientAddress, surface, action, objectType, objectId, hospitalCode,
                outcome, detail);
    }
}
