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

/** One piece of support an engineer gave: by hotline, remotely or on site, from start to end. */
@Entity
@Table(name = "support_action")
public class SupportAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private SupportCase supportCase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SupportMode mode;

    @Column(nullable = false)
    private Instant startedAt;

    private Instant endedAt;

    @Column(nullable = false, length = 100)
    private String engineer;

    @Column
    private String notes;

    @Column(nullable = false)
    private Instant recordedAt;

    protected SupportAction() {
    }

    SupportAction(SupportCase supportCase, SupportMode mode, Instant startedAt, Instant endedAt, String engineer,
                  String notes, Instant recordedAt) {
        this.supportCase = supportCase;
        this.mode = mode;
        this.startedAt = startedAt;
        this.endedAt = endedAt;
        this.engineer = engineer;
        this.notes = notes;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public SupportMode getMode() { return mode; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getEndedAt() { return endedAt; }
    public String getEngineer() { return engineer; }
    public String getNotes() { return notes; }
    public Instant getRecordedAt() { return recordedAt; }
}
