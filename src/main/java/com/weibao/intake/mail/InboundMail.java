package com.weibao.intake.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One mail received, whatever became of it; its key is unique, and it is written in the same transaction as the
 * case, note or quarantine entry the mail led to. So a mail seen again (a crash before it was marked seen, the same
 * mail delivered twice, two nodes reading one mailbox) is recognised and never taken in twice.
 */
@Entity
@Table(name = "inbound_mail")
class InboundMail {

    enum Outcome {
        /** A new case was opened from it. */
        CASE_CREATED,
        /** It was added to its case as a note (a reply). */
        NOTE_ADDED,
        /** A delivery report kept with the case whose mail it reports on. */
        BOUNCE_RECORDED,
        /** Weibao's own mail come back to its mailbox: nothing to do. */
        OWN_MAIL,
        /** Could not be taken in: in the quarantine until a supervisor reprocesses or dismisses it. */
        QUARANTINED,
        /** Not taken in by a rule (bounce about nothing, auto-reply to nothing, loop): kept, listed, reprocessable. */
        IGNORED,
        /** Quarantined and dismissed by a supervisor. */
        DISMISSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String messageKey;

    @Column(length = 998)
    private String messageId;

    /** {@link MailParser#contentHash}: tells a mail delivered again from another mail under the same Message-ID. */
    @Column(length = 64)
    private String contentHash;

    @Column(nullable = false, length = 100)
    private String mailbox;

    @Column(length = 320)
    private String sender;

    @Column(length = 500)
    private String subject;

    @Column(nullable = false)
    private Instant receivedAt;

    @Column(nullable = false)
    private Instant processedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Outcome outcome;

    private Long caseId;

    /** "SENT" when an acknowledgement went out, else why none did. */
    @Column(length = 200)
    private String autoReply;

    private Long quarantineId;

    protected InboundMail() {
    }

    InboundMail(String messageKey, String messageId, String contentHash, String mailbox, String sender,
                String subject, Instant receivedAt, Instant now) {
        this.messageKey = messageKey;
        this.messageId = messageId;
        this.contentHash = contentHash;
        this.mailbox = mailbox;
        this.sender = sender;
        this.subject = cut(subject, 500);
        this.receivedAt = receivedAt;
        this.processedAt = now;
        this.outcome = Outcome.QUARANTINED;
    }

    void taken(Outcome result, Long forCase, String reply, Instant now) {
        this.outcome = result;
        this.caseId = forCase;
        this.autoReply = cut(reply, 200);
        this.processedAt = now;
    }

    void quarantined(long quarantine, Instant now) {
        this.outcome = Outcome.QUARANTINED;
        this.quarantineId = quarantine;
        this.processedAt = now;
    }

    void ignored(long item, Instant now) {
        this.outcome = Outcome.IGNORED;
        this.quarantineId = item;
        this.processedAt = now;
    }

    void dismissed(Instant now) {
        this.outcome = Outcome.DISMISSED;
        this.processedAt = now;
    }

    void describe(String messageIdValue, String senderValue, String subjectValue) {
        this.messageId = messageIdValue;
        this.sender = senderValue;
        this.subject = cut(subjectValue, 500);
    }

    static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    Long getId() { return id; }
    String getMessageKey() { return messageKey; }
    String getMessageId() { return messageId; }
    String getContentHash() { return contentHash; }
    String getMailbox() { return mailbox; }
    String getSender() { return sender; }
    String getSubject() { return subject; }
    Instant getReceivedAt() { return receivedAt; }
    Instant getProcessedAt() { return processedAt; }
    Outcome getOutcome() { return outcome; }
    Long getCaseId() { return caseId; }
    String getAutoReply() { return autoReply; }
    Long getQuarantineId() { return quarantineId; }
}
