package com.weibao.intake.wechat;

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
 * An inbound WeChat message or event, recorded once (by MsgId, or sender and CreateTime for events) before the
 * callback is answered, and then processed in the background: what it became (a case, a note, a binding) or why not.
 */
@Entity
@Table(name = "wechat_message")
public class WeChatMessage {

    public enum Status { RECEIVED, PROCESSED, IGNORED, FAILED }

    public enum Action { NEW_CASE, NOTE, BIND, NONE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private WeChatApp app;

    @Column(nullable = false, length = 300)
    private String dedupKey;

    @Column(nullable = false, length = 128)
    private String fromUser;

    @Column(nullable = false, length = 32)
    private String msgType;

    @Column
    private String content;

    @Column(length = 256)
    private String mediaId;

    @Column(nullable = false)
    private String rawXml;

    private Instant sentAt;

    @Column(nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Action action;

    @Column(length = 32)
    private String caseNumber;

    private int attempts;

    @Column(length = 2000)
    private String lastError;

    private Instant processedAt;

    protected WeChatMessage() {
    }

    WeChatMessage(WeChatApp app, String dedupKey, InboundMessage message, Instant now) {
        this.app = app;
        this.dedupKey = dedupKey;
        this.fromUser = message.fromUser();
        this.msgType = message.msgType();
        this.content = message.text();
        this.mediaId = message.mediaId();
        this.rawXml = message.rawXml();
        this.sentAt = message.createTime();
        this.receivedAt = now;
        this.status = Status.RECEIVED;
    }

    void plan(Action planned, String targetCase) {
        this.action = planned;
        this.caseNumber = targetCase;
    }

    void done(Status outcome, Action what, String number, Instant now) {
        this.status = outcome;
        this.action = what;
        this.caseNumber = number;
        this.processedAt = now;
        this.lastError = null;
    }

    void failed(String error, Instant now) {
        this.status = Status.FAILED;
        this.attempts++;
        this.lastError = error == null ? "unknown error" : error.length() > 2000 ? error.substring(0, 2000) : error;
        this.processedAt = now;
    }

    void retry() {
        this.status = Status.RECEIVED;
    }

    public Long getId() { return id; }
    public WeChatApp getApp() { return app; }
    public String getDedupKey() { return dedupKey; }
    public String getFromUser() { return fromUser; }
    public String getMsgType() { return msgType; }
    public String getContent() { return content; }
    public String getMediaId() { return mediaId; }
    public String getRawXml() { return rawXml; }
    public Instant getSentAt() { return sentAt; }
    public Instant getReceivedAt() { return receivedAt; }
    public Status getStatus() { return status; }
    public Action getAction() { return action; }
    public String getCaseNumber() { return caseNumber; }
    public int getAttempts() { return attempts; }
    public String getLastError() { return lastError; }
    public Instant getProcessedAt() { return processedAt; }
}
