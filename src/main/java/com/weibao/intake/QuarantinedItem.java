package com.weibao.intake;

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
 * An intake request that proved where it came from but could not be taken (unsafe or malformed payload) or whose
 * processing failed, kept with its raw payload until a supervisor reprocesses or dismisses it. Past its source's
 * allowance ({@link IntakeDoorProperties#quarantineBytesPerSource()}) only its metadata is kept. Requests refused at
 * the door are not kept at all ({@link IntakeDoor}); rows from before that rule may have other reasons.
 */
@Entity
@Table(name = "intake_quarantine")
public class QuarantinedRequest {

    public enum Status { OPEN, REPROCESSED, DISMISSED }

    /** Why it is here; new rows are UNSAFE_XML, MALFORMED or FAILED. Only authenticated requests may be reprocessed. */
    public enum Reason { UNSIGNED, BAD_SIGNATURE, STALE_TIMESTAMP, UNKNOWN_SOURCE, TOO_LARGE, UNSAFE_XML, MALFORMED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The channel and sender, e.g. CTI:default, WECHAT_MP, WECOM. */
    @Column(nullable = false, length = 64)
    private String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Reason reason;

    @Column(length = 2000)
    private String detail;

    /** Whether the request proved where it came from (signature checked) before it was kept here. */
    @Column(nullable = false)
    private boolean authenticated;

    /** What it is about, when known: a call id, a WeChat message id. */
    @Column(length = 200)
    private String reference;

    @Column(length = 2000)
    private String requestLine;

    @Column
    private String headers;

    @Column(nullable = false)
    private String payload;

    /** The size of the body as received, in bytes, whether kept or not. */
    @Column(nullable = false)
    private long payloadBytes;

    /** False when only the metadata was kept (its source's allowance was used up, or refused before that rule). */
    @Column(nullable = false)
    private boolean payloadKept;

    @Column(nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(length = 100)
    private String resolvedBy;

    private Instant resolvedAt;

    @Column(length = 1000)
    private String resolutionNote;

    protected QuarantinedRequest() {
    }

    QuarantinedRequest(String source, Reason reason, String detail, String reference, String requestLine,
                       String headers, String payload, long payloadBytes, boolean payloadKept, Instant receivedAt) {
        this.source = source;
        this.reason = reason;
        this.detail = cut(detail, 2000);
        this.authenticated = true;
        this.reference = cut(reference, 200);
        this.requestLine = cut(requestLine, 2000);
        this.headers = headers;
        this.payload = payloadKept && payload != null ? payload : "";
        this.payloadBytes = payloadBytes;
        this.payloadKept = payloadKept;
        this.receivedAt = receivedAt;
        this.status = Status.OPEN;
    }

    void resolve(Status outcome, String actor, String note, Instant at) {
        this.status = outcome;
        this.resolvedBy = actor;
        this.resolvedAt = at;
        this.resolutionNote = cut(note, 1000);
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() { return id; }
    public String getSource() { return source; }
    public Reason getReason() { return reason; }
    public String getDetail() { return detail; }
    public boolean isAuthenticated() { return authenticated; }
    public String getReference() { return reference; }
    public String getRequestLine() { return requestLine; }
    public String getHeaders() { return headers; }
    public String getPayload() { return payload; }
    public long getPayloadBytes() { return payloadBytes; }
    public boolean isPayloadKept() { return payloadKept; }
    public Instant getReceivedAt() { return receivedAt; }
    public Status getStatus() { return status; }
    public String getResolvedBy() { return resolvedBy; }
    public Instant getResolvedAt() { return resolvedAt; }
    public String getResolutionNote() { return resolutionNote; }
}
