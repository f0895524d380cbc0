package com.weibao.audit;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** The columns of an {@link AuditRecord}, shared by pending and sealed entries. */
@MappedSuperclass
abstract class AuditFields {

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

    protected AuditFields() {
    }

    protected AuditFields(AuditRecord r) {
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

    Instant getOccurredAt() { return occurredAt; }
    String getActor() { return actor; }
    String getClientAddress() { return clientAddress; }
    AuditSurface getSurface() { return surface; }
    String getAction() { return action; }
    String getObjectType() { return objectType; }
    String getObjectId() { return objectId; }
    String getHospitalCode() { return hospitalCode; }
    AuditOutcome getOutcome() { return outcome; }
    String getDetail() { return detail; }
}
