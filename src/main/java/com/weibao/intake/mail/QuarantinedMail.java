package com.weibao.intake.mail;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mail the intake could not take in, with its raw bytes, the error and the time, for a supervisor to decide. */
@Entity
@Table(name = "mail_quarantine")
class QuarantinedMail {

    enum Status { OPEN, REPROCESSED, DISCARDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 80)
    private String messageKey;

    @Column(nullable = false, length = 100)
    private String mailbox;

    @Column(length = 320)
    private String sender;

    @Column(length = 500)
    private String subject;

    @Column(nullable = false)
    private long size;

    @Basic(fetch = FetchType.LAZY)
    @Lob
    @Column(nullable = false)
    private byte[] raw;

    @Column(nullable = false, length = 2000)
    private String error;

    @Column(nullable = false)
    private Instant receivedAt;

    @Column(nullable = false)
    private Instant quarantinedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    private int attempts;

    @Column(length = 100)
    private String resolvedBy;

    private Instant resolvedAt;

    @Column(length = 32)
    private String caseNumber;

    protected QuarantinedMail() {
    }

    QuarantinedMail(String messageKey, String mailbox, String sender, String subject, byte[] raw, String error,
                    Instant receivedAt, Instant now) {
        this.messageKey = messageKey;
        this.mailbox = mailbox;
        this.sender = InboundMail.cut(sender, 320);
        this.subject = InboundMail.cut(subject, 500);
        this.raw = raw;
        this.size = raw.length;
        this.error = InboundMail.cut(error, 2000);
        this.receivedAt = receivedAt;
        this.quarantinedAt = now;
        this.status = Status.OPEN;
        this.attempts = 1;
    }

    void failedAgain(String newError, Instant now) {
        this.error = InboundMail.cut(newError, 2000);
        this.attempts++;
        this.quarantinedAt = now;
    }

    void reprocessed(String number, String actor, Instant now) {
        this.status = Status.REPROCESSED;
        this.caseNumber = number;
        this.resolvedBy = actor;
        this.resolvedAt = now;
    }

    void discard(String actor, Instant now) {
        this.status = Status.DISCARDED;
        this.resolvedBy = actor;
        this.resolvedAt = now;
    }

    Long getId() { return id; }
    String getMessageKey() { return messageKey; }
    String getMailbox() { return mailbox; }
    String getSender() { return sender; }
    String getSubject() { return subject; }
    long getSize() { return size; }
    byte[] getRaw() { return raw; }
    String getError() { return error; }
    Instant getReceivedAt() { return receivedAt; }
    Instant getQuarantinedAt() { return quarantinedAt; }
    Status getStatus() { return status; }
    int getAttempts() { return attempts; }
    String getResolvedBy() { return resolvedBy; }
    Instant getResolvedAt() { return resolvedAt; }
    String getCaseNumber() { return caseNumber; }
}
