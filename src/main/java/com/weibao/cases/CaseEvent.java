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
import java.time.Instant;

/** One entry of a case's history: what happened, who did it, when, and the status it moved the case to. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private SupportCase supportCase;

    @Column(nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private CaseEventType type;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private CaseStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private CaseStatus toStatus;

    /** Where a note came from (mail, WeChat, ...); null for the desk's own actions. */
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Channel channel;

    @Column
    private String detail;

    protected CaseEvent() {
    }

    CaseEvent(SupportCase supportCase, Instant occurredAt, String actor, CaseEventType type,
              CaseStatus fromStatus, CaseStatus toStatus, Channel channel, String detail) {
        this.supportCase = supportCase;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.type = type;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.channel = channel;
        this.detail = detail;
    }

    public Long getId() { return id; }
    public SupportCase getSupportCase() { return supportCase; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public CaseEventType getType() { return type; }
    public CaseStatus getFromStatus() { return fromStatus; }
    public CaseStatus getToStatus() { return toStatus; }
    public Channel getChannel() { return channel; }
    public String getDetail() { return detail; }
}
