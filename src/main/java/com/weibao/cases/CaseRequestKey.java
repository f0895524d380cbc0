package com.weibao.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A client's Idempotency-Key for a new case: who sent it, a digest of the request, the case it created and until
 * when a retry with the same key gets that case back.
 */
@Entity
@Table(name = "case_request_key")
class CaseRequestKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String userId;

    @Column(name = "request_key", nullable = false, length = 255)
    private String key;

    @Column(nullable = false, length = 64)
    private String requestHash;

    /** Set in the transaction that inserted the key, before it commits. */
    @Column(length = 32)
    private String caseNumber;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant expiresAt;

    protected CaseRequestKey() {
    }

    CaseRequestKey(String userId, String key, String requestHash, Instant createdAt, Instant expiresAt) {
        this.userId = userId;
        this.key = key;
        this.requestHash = requestHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    void created(String number) {
        this.caseNumber = number;
    }

    boolean expiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }

    Long getId() { return id; }
    String getRequestHash() { return requestHash; }
    String getCaseNumber() { return caseNumber; }
}
