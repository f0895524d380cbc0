package com.weibao.intake;

import com.weibao.cases.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Something an intake channel received but could not take in (a mail that does not parse or is too big, a webhook
 * request that proved its origin but is malformed or failed), kept with its raw body, as bytes, until a supervisor
 * reprocesses or dismisses it. Past its source's allowance ({@link IntakeDoorProperties#quarantineBytesPerSource()})
 * only its metadata is kept. Requests refused at the door are not kept at all ({@link IntakeDoor}); rows from before
 * that rule may have other reasons and are not authenticated.
 */
@Entity
@Table(name = "quarantine")
public class QuarantinedItem {

    /** OPEN until a supervisor decides; DISMISSED items stay, body and all, for the record. */
    public enum Status {
        OPEN("待处理"),
        /**
         * Not taken in by a rule (a bounce about no mail Weibao knows, an auto-reply to nothing, Weibao's own mail
         * come back): kept with its raw body, listed for supervisors, who may still have it taken in.
         */
        IGNORED("按规则忽略"),
        REPROCESSED("已重新处理"),
        DISMISSED("已搁置");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Why it is here; new items are MALFORMED, UNSAFE_XML, TOO_LARGE (a mail over the size limit) or FAILED. Only
     * authenticated items may be reprocessed.
     */
    public enum Reason {
        UNSIGNED, BAD_SIGNATURE, STALE_TIMESTAMP, UNKNOWN_SOURCE, TOO_LARGE, UNSAFE_XML, MALFORMED, FAILED,
        /** Ignored by rule: a delivery report (bounce) about no mail Weibao sent or received. */
        BOUNCE_UNMATCHED,
        /** Ignored by rule: an automatic reply (vacation, out of office) that answers no open case. */
        AUTO_REPLY,
        /** Ignored by rule: Weibao's own mail come back to its mailbox (a loop). */
        LOOP
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    /** Who delivered it within the channel, e.g. EMAIL:helpdesk (the mailbox), CTI:default, WECHAT_MP, WECOM. */
    @Column(nullable = false, length = 64)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Reason reason;

    /** The error, the latest one once reprocessing failed again. */
    @Column(length = 2000)
    private String detail;

    /**
     * Whether it proved where it came from before it was kept here (a webhook's signature; a mail was read from
     * Weibao's own mailbox).
     */
    @Column(nullable = false)
    private boolean authenticated;

    /** What it is about, when known: a mail's key in the mail ledger, a WeChat message. */
    @Column(length = 200)
    private String reference;

    /** Who sent it and what it is about, as far as the channel could read them (a mail's From and Subject). */
    @Column(length = 320)
    private String sender;

    @Column(length = 500)
    private String subject;

    @Column(length = 2000)
    private String requestLine;

    @Column
    private String headers;

    /** The body as received; empty when it was not kept. */
    @Lob
    @Column(nullable = false)
    private byte[] body;

    /** The body's media type: message/rfc822 for a mail, application/json or application/xml for a webhook. */
    @Column(nullable = false, length = 100)
    private String contentType;

    /** The size of the body as received, in bytes, whether kept or not. */
    @Column(nullable = false)
    private long bodyBytes;

    /** False when only the metadata was kept (its source's allowance was used up, or refused before that rule). */
    @Column(nullable = false)
    private boolean bodyKept;

    /** When it arrived; for a mail, its mail server's date (within bounds), which a case made from it keeps. */
    @Column(nullable = false)
    private Instant receivedAt;

    @Column(nullable = false)
    private Instant quarantinedAt;

    /** How often it was tried: the first time, and every reprocessing that failed again. */
    private int attempts;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(length = 100)
    private String resolvedBy;

    private Instant resolvedAt;

    /** What reprocessing did, or why it was dismissed. */
    @Column(length = 1000)
    private String resolutionNote;

    /** The case reprocessing opened or added to, if any. */
    @Column(length = 32)
    private String caseNumber;

    protected QuarantinedItem() {
    }

    QuarantinedItem(IntakeQuarantine.Arrival arrival, Reason reason, String detail, String reference,
                    boolean bodyKept, Instant now) {
        this(arrival, reason, detail, reference, bodyKept, now, Status.OPEN);
    }

    QuarantinedItem(IntakeQuarantine.Arrival arrival, Reason reason, String detail, String reference,
                    boolean bodyKept, Instant now, Status status) {
        this.channel = arrival.channel();
        this.source = cut(arrival.source(), 64);
        this.reason = reason;
        this.detail = cut(detail, 2000);
        this.authenticated = true;
        this.reference = cut(reference, 200);
        this.sender = cut(arrival.sender(), 320);
        this.subject = cut(arrival.subject(), 500);
        this.requestLine = cut(arrival.requestLine(), 2000);
        this.headers = arrival.headers();
        this.contentType = arrival.contentType();
        this.body = bodyKept ? arrival.body() : new byte[0];
        this.bodyBytes = arrival.body().length;
        this.bodyKept = bodyKept;
        this.receivedAt = arrival.receivedAt() == null ? now : arrival.receivedAt();
        this.quarantinedAt = now;
        this.attempts = 1;
        this.status = status;
    }

    void failedAgain(String error) {
        this.detail = cut(error, 2000);
        this.attempts++;
    }

    void resolve(Status outcome, String actor, String note, String resultingCase, Instant at) {
        this.status = outcome;
        this.resolvedBy = actor;
        this.resolvedAt = at;
        this.resolutionNote = cut(note, 1000);
        this.caseNumber = resultingCase;
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() { return id; }
    public Channel getChannel() { return channel; }
    public String getSource() { return source; }
    public Reason getReason() { return reason; }
    public String getDetail() { return detail; }
    public boolean isAuthenticated() { return authenticated; }
    public String getReference() { return reference; }
    public String getSender() { return sender; }
    public String getSubject() { return subject; }
    public String getRequestLine() { return requestLine; }
    public String getHeaders() { return headers; }
    public byte[] getBody() { return body; }
    public String getContentType() { return contentType; }
    public long getBodyBytes() { return bodyBytes; }
    public boolean isBodyKept() { return bodyKept; }
    public Instant getReceivedAt() { return receivedAt; }
    public Instant getQuarantinedAt() { return quarantinedAt; }
    public int getAttempts() { return attempts; }
    public Status getStatus() { return status; }
    public String getResolvedBy() { return resolvedBy; }
    public Instant getResolvedAt() { return resolvedAt; }
    public String getResolutionNote() { return resolutionNote; }
    public String getCaseNumber() { return caseNumber; }
}
