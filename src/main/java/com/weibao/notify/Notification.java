package com.weibao.notify;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One message to one address, kept from the moment it is decided (in the same transaction as what caused it)
 * until it is sent or given up: an outbox, so nothing is lost when a mail server or WeChat is down.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The case it is about, if any. */
    private Long caseId;

    /** What it is about, for people and for threading: a case number, an inspection id. */
    @Column(length = 64)
    private String reference;

    /** Why it was sent, e.g. SLA_WARNING, CASE_ACKNOWLEDGED. */
    @Column(nullable = false, length = 64)
    private String event;

    @Column(nullable = false, length = 200)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ChannelType channel;

    @Column(length = 320)
    private String address;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private NotificationStatus status;

    private int attempts;

    private Instant nextAttemptAt;

    @Column(length = 2000)
    private String lastError;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant sentAt;

    /** The channel's id of the sent message, e.g. the mail's Message-ID. */
    @Column(length = 300)
    private String externalId;

    /** The Message-ID of the mail this one answers (an automatic reply), if any. */
    @Column(length = 998)
    private String inReplyTo;

    /** Makes a notification idempotent: the same key is never queued twice. */
    @Column(length = 200, unique = true)
    private String dedupKey;

    protected Notification() {
    }

    Notification(NotificationRequest request, String recipient, ChannelType channel, String address, Instant now,
                 String dedupKey) {
        this.caseId = request.caseId();
        this.reference = request.reference();
        this.event = request.event();
        this.recipient = recipient;
        this.channel = channel;
        this.address = address;
        this.subject = request.subject();
        this.body = request.body();
        this.createdAt = now;
        this.dedupKey = dedupKey;
        this.inReplyTo = request.inReplyTo();
        if (address == null) {
            this.status = NotificationStatus.UNDELIVERABLE;
            this.lastError = "no channel has an address for " + recipient;
        } else {
            this.status = NotificationStatus.PENDING;
            this.nextAttemptAt = now;
        }
    }

    void sending() {
        status = NotificationStatus.SENDING;
    }

    void sent(String messageId, Instant at) {
        status = NotificationStatus.SENT;
        externalId = messageId;
        sentAt = at;
        attempts++;
        lastError = null;
        nextAttemptAt = null;
    }

    void failed(String error, Instant now, int maxAttempts, Duration firstBackoff, Duration maxBackoff) {
        failed(error, now, maxAttempts, firstBackoff, maxBackoff, false);
    }

    /** {@code forGood}: no retry can help (an address with illegal characters, refused by the mail server). */
    void failed(String error, Instant now, int maxAttempts, Duration firstBackoff, Duration maxBackoff,
                boolean forGood) {
        attempts++;
        lastError = error == null ? "unknown error" : error.length() > 2000 ? error.substring(0, 2000) : error;
        if (forGood || attempts >= maxAttempts) {
            status = NotificationStatus.FAILED;
            nextAttemptAt = null;
        } else {
            status = NotificationStatus.PENDING;
            Duration backoff = firstBackoff.multipliedBy(1L << Math.min(attempts - 1, 20));
            nextAttemptAt = now.plus(backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff);
        }
    }

    /** A supervisor asks for another round of attempts. */
    void retry(Instant now) {
        if (status != NotificationStatus.FAILED) {
            throw new IllegalStateException("only failed notifications can be retried, this one is " + status);
        }
        status = NotificationStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    public Long getId() { return id; }
    public Long getCaseId() { return caseId; }
    public String getReference() { return reference; }
    public String getEvent() { return event; }
    public String getRecipient() { return recipient; }
    public ChannelType getChannel() { return channel; }
    public String getAddress() { return address; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public NotificationStatus getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public String getLastError() { return lastError; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
    public String getExternalId() { return externalId; }
    public String getDedupKey() { return dedupKey; }
    public String getInReplyTo() { return inReplyTo; }
}
