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

/** One entry of a release's history: the list sent, the hospital's decision with its remarks, the steps done. */
@Entity
@Table(name = "release_event")
public class ReleaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "release_id")
    private Release release;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 100)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ReleaseEventType type;

    @Column(length = 4000)
    private String detail;

    protected ReleaseEvent() {
    }

    ReleaseEvent(Release release, Instant at, String actor, ReleaseEventType type, String detail) {
        this.release = release;
        this.at = at;
        this.actor = actor;
        this.type = type;
        this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
    }

    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public ReleaseEventType getType() { return type; }
    public String getDetail() { return detail; }
}
