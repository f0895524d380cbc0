package com.weibao.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One expert of a panel and the opinion they gave (none yet while their task is open). */
@Entity
@Table(name = "expert_opinion")
public class ExpertOpinion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "panel_id")
    private ExpertPanel panel;

    @Column(nullable = false, length = 100)
    private String expert;

    @Column(length = 4000)
    private String opinion;

    @Column(name = "given_at")
    private Instant givenAt;

    protected ExpertOpinion() {
    }

    ExpertOpinion(ExpertPanel panel, String expert) {
        this.panel = panel;
        this.expert = expert;
    }

    void give(String text, Instant at) {
        this.opinion = text;
        this.givenAt = at;
    }

    boolean isGiven() {
        return givenAt != null;
    }

    public String getExpert() { return expert; }
    public String getOpinion() { return opinion; }
    public Instant getGivenAt() { return givenAt; }
}
