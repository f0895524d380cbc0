package com.weibao.intake.phone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One CTI event as received, once: its key (event id, else call id and type) is unique. */
@Entity
@Table(name = "phone_call_event")
class PhoneCallEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "call_row_id", nullable = false)
    private Long callRowId;

    @Column(nullable = false, length = 300)
    private String eventKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CtiEvent.Type type;

    private Instant occurredAt;

    @Column(nullable = false)
    private Instant receivedAt;

    @Column(nullable = false)
    private String payload;

    protected PhoneCallEvent() {
    }

    PhoneCallEvent(Long callRowId, String eventKey, CtiEvent.Type type, Instant occurredAt, Instant receivedAt,
                   String payload) {
        this.callRowId = callRowId;
        this.eventKey = eventKey;
        this.type = type;
        this.occurredAt = occurredAt;
        this.receivedAt = receivedAt;
        this.payload = payload;
    }

    Long getId() { return id; }
    Long getCallRowId() { return callRowId; }
    String getEventKey() { return eventKey; }
    CtiEvent.Type getType() { return type; }
    Instant getOccurredAt() { return occurredAt; }
    Instant getReceivedAt() { return receivedAt; }
    String getPayload() { return payload; }
}
