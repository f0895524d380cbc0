package com.weibao.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * A sealed audit entry: its place in the chain (seq), what it records, the hash of the entry before it and its own
 * hash over both. Written once, never changed; only the retention purge deletes entries, oldest first.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    private Long seq;

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
    @Column(nullable = false, length = 64)
    private String prevHash;
    @Column(nullable = false, length = 64)
    private String entryHash;

    protected AuditEntry() {
    }

    /** The record as entry {@code seq} after the entry whose hash is {@code prevHash}. */
    static AuditEntry seal(long seq, AuditRecord r, String prevHash) {
        AuditEntry e = new AuditEntry();
        e.seq = seq;
        e.occurredAt = r.occurredAt();
        e.actor = r.actor();
        e.clientAddress = r.clientAddress();
        e.surface = r.surface();
        e.action = r.action();
        e.objectType = r.objectType();
        e.objectId = r.objectId();
        e.hospitalCode = r.hospitalCode();
        e.outcome = r.outcome();
        e.detail = r.detail();
        e.prevHash = prevHash;
        e.entryHash = AuditChain.hash(seq, r, prevHash);
        return e;
    }

    AuditRecord record() {
        return new AuditRecord(occurredAt, actor, clientAddress, surface, action, objectType, objectId, hospitalCode,
                outcome, detail);
    }

    long getSeq() { return seq; }
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
    String getPrevHash() { return prevHash; }
    String getEntryHash() { return entryHash; }
}
