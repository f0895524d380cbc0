package com.weibao.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * An engineer's request to operate the hospital's systems remotely; the hospital IT department decides
 * (远程操作需经院方信息科同意).
 */
@Entity
@Table(name = "remote_access_request")
public class RemoteAccessRequest {

    public enum Decision { PENDING, GRANTED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private SupportCase supportCase;

    @Size(max = 1000, message = SupportCase.TOO_LONG)
    @Column(nullable = false, length = 1000)
    private String purpose;

    @Column(nullable = false, length = 100)
    private String requestedBy;

    @Column(nullable = false)
    private Instant requestedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Decision decision = Decision.PENDING;

    @Column(length = 100)
    private String decidedBy;

    private Instant decidedAt;

    @Size(max = 1000, message = SupportCase.TOO_LONG)
    @Column(length = 1000)
    private String decisionNote;

    protected RemoteAccessRequest() {
    }

    RemoteAccessRequest(SupportCase supportCase, String purpose, String requestedBy, Instant requestedAt) {
        this.supportCase = supportCase;
        this.purpose = purpose;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    void decide(boolean granted, String note, String actor, Instant at) {
        this.decision = granted ? Decision.GRANTED : Decision.REFUSED;
        this.decisionNote = note;
        this.decidedBy = actor;
        this.decidedAt = at;
    }

    public Long getId() { return id; }
    public String getPurpose() { return purpose; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public Decision getDecision() { return decision; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionNote() { return decisionNote; }
}
