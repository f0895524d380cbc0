package com.weibao.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A sealed audit entry: its place in the chain (seq), what it records, the hash of the entry before it and its own
 * hash over both. Written once, never changed; only the retention purge deletes entries, oldest first.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry extends AuditFields {

    @Id
    private Long seq;
    @Column(nullable = false, length = 64)
    private String prevHash;
    @Column(nullable = false, length = 64)
    private String entryHash;

    protected AuditEntry() {
    }

    private AuditEntry(long seq, AuditRecord record, String prevHash) {
        super(record);
        this.seq = seq;
        this.prevHash = prevHash;
        this.entryHash = AuditChain.hash(seq, record, prevHash);
    }

    /** The record as entry {@code seq} after the entry whose hash is {@code prevHash}. */
    static AuditEntry seal(long seq, AuditRecord record, String prevHash) {
        return new AuditEntry(seq, record, prevHash);
    }

    long getSeq() { return seq; }
    String getPrevHash() { return prevHash; }
    String getEntryHash() { return entryHash; }
}
