package com.weibao.change;

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

/** One entry of a change's history: a decision with its remarks, the steps done, a rollback. */
@Entity
@Table(name = "change_event")
public class ChangeEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "change_id")
    private Change change;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 100)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ChangeEventType type;

    @Column(length = 4000)
    private String detail;

    protected ChangeEvent() {
    }

    ChangeEvent(Change change, Instant at, String actor, ChangeEventType type, String detail) {
        this.change = change;
        this.at = at;
        this.actor = actor;
        this.type = type;
        this.detail = detail;
    }

    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public ChangeEventType getType() { return type; }
    public String getDetail() { return detail; }
}
