package com.weibao.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row that says where the chain ends (last sequence number and hash) and where it starts (the anchor: the
 * last purged entry's sequence number and hash; zeros before any purge). Sealing and purging lock it first.
 */
@Entity
@Table(name = "audit_chain")
class AuditChainHead {

    static final int ID = 1;

    @Id
    private Integer id;
    @Column(nullable = false)
    private long lastSeq;
    @Column(nullable = false, length = 64)
    private String lastHash;
    @Column(nullable = false)
    private long anchorSeq;
    @Column(nullable = false, length = 64)
    private String anchorHash;

    protected AuditChainHead() {
    }

    void appended(AuditEntry entry) {
        lastSeq = entry.getSeq();
        lastHash = entry.getEntryHash();
    }

    void anchoredAt(long seq, String hash) {
        anchorSeq = seq;
        anchorHash = hash;
    }

    long getLastSeq() { return lastSeq; }
    String getLastHash() { return lastHash; }
    long getAnchorSeq() { return anchorSeq; }
    String getAnchorHash() { return anchorHash; }
}
