package com.weibao.intake.phone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A hotline call as the CTI system told it, event by event; events may come late or out of order. */
@Entity
@Table(name = "phone_call")
public class PhoneCall {

    public enum State { RINGING, ANSWERED, ENDED, MISSED, VOICEMAIL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 64)
    private String source;

    @Column(nullable = false, length = 128)
    private String callId;

    @Column(length = 50)
    private String caller;

    @Column(length = 50)
    private String hotline;

    @Column(length = 100)
    private String ivrSelection;

    @Column(length = 100)
    private String agent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    private Instant startedAt;
    private Instant answeredAt;
    private Instant endedAt;

    @Column(length = 2000)
    private String recordingUrl;

    @Column
    private String transcript;

    private Boolean outsideHours;

    @Column(length = 64)
    private String processInstanceId;

    @Column(length = 32)
    private String caseNumber;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    protected PhoneCall() {
    }

    PhoneCall(String source, String callId, Instant now) {
        this.source = source;
        this.callId = callId;
        this.state = State.RINGING;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Takes what the event adds; an event never erases what an earlier one said. */
    void apply(CtiEvent event, Instant now) {
        caller = keep(caller, event.caller(), 50);
        hotline = keep(hotline, event.hotline(), 50);
        ivrSelection = keep(ivrSelection, event.ivr(), 100);
        agent = keep(agent, event.agent(), 100);
        recordingUrl = keep(recordingUrl, event.recordingUrl(), 2000);
        transcript = event.transcript() == null || event.transcript().isBlank() ? transcript : event.transcript();
        if (event.startedAt() != null && startedAt == null) {
            startedAt = event.startedAt().toInstant();
        }
        if (event.answeredAt() != null) {
            answeredAt = event.answeredAt().toInstant();
        }
        if (event.endedAt() != null) {
            endedAt = event.endedAt().toInstant();
        }
        Instant at = event.occurredAt() == null ? now : event.occurredAt().toInstant();
        switch (event.type()) {
            case STARTED -> {
                if (startedAt == null) {
                    startedAt = at;
                }
            }
            case ANSWERED -> {
                if (answeredAt == null) {
                    answeredAt = at;
                }
                if (state == State.RINGING) {
                    state = State.ANSWERED;
                }
            }
            case ENDED -> {
                if (endedAt == null) {
                    endedAt = at;
                }
                if (state == State.RINGING || state == State.ANSWERED) {
                    state = answeredAt == null ? State.MISSED : State.ENDED;
                }
            }
            case MISSED -> {
                if (state != State.VOICEMAIL) {
                    state = State.MISSED;
                }
            }
            case VOICEMAIL -> state = State.VOICEMAIL;
        }
        if (startedAt == null) {
            startedAt = at;
        }
        updatedAt = now;
    }

    /** When the caller called: what the SLA counts from. */
    public Instant callTime() {
        return startedAt != null ? startedAt : createdAt;
    }

    void callbackStarted(String processInstance, Instant now) {
        this.processInstanceId = processInstance;
        this.updatedAt = now;
    }

    void decided(boolean outside, Instant now) {
        this.outsideHours = outside;
        this.updatedAt = now;
    }

    void linkCase(String number, Instant now) {
        this.caseNumber = number;
        this.updatedAt = now;
    }

    private static String keep(String current, String incoming, int max) {
        if (incoming == null || incoming.isBlank()) {
            return current;
        }
        String value = incoming.strip();
        return value.length() > max ? value.substring(0, max) : value;
    }

    public Long getId() { return id; }
    public String getSource() { return source; }
    public String getCallId() { return callId; }
    public String getCaller() { return caller; }
    public String getHotline() { return hotline; }
    public String getIvrSelection() { return ivrSelection; }
    public String getAgent() { return agent; }
    public State getState() { return state; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getAnsweredAt() { return answeredAt; }
    public Instant getEndedAt() { return endedAt; }
    public String getRecordingUrl() { return recordingUrl; }
    public String getTranscript() { return transcript; }
    public Boolean getOutsideHours() { return outsideHours; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getCaseNumber() { return caseNumber; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
