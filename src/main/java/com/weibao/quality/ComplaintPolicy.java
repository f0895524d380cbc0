package com.weibao.quality;

import com.weibao.contract.SlaClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A contract's complaint terms (the {@code complaints} key of its contract file entry): the response deadline. */
@Entity
@Table(name = "quality_complaint_policy")
class ComplaintPolicy {

    /** Without the key: two statutory working days. */
    static final TimeSpan DEFAULT_RESPONSE = new TimeSpan("P2D", SlaClock.WORKING_DAYS, null);

    @Id
    @Column(name = "contract_code", nullable = false, length = 64)
    private String contractCode;

    @Column(name = "respond_amount", nullable = false, length = 32)
    private String respondAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "respond_clock", nullable = false, length = 16)
    private SlaClock respondClock;

    @Column(name = "respond_window", length = 64)
    private String respondWindow;

    protected ComplaintPolicy() {
    }

    ComplaintPolicy(String contractCode) {
        this.contractCode = contractCode;
    }

    void update(TimeSpan respondWithin) {
        this.respondAmount = respondWithin.duration();
        this.respondClock = respondWithin.clock();
        this.respondWindow = respondWithin.window();
    }

    TimeSpan respondWithin() {
        return new TimeSpan(respondAmount, respondClock, respondWindow);
    }
}
