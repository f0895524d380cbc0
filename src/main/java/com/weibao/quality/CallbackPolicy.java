package com.weibao.quality;

import com.weibao.contract.SlaClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;

/**
 * A contract's callback policy (回访策略), from the {@code callbacks} key of its contract file entry: the share of
 * closed cases called back, the delay after closing and the follow-up deadline on the contract's clocks, the team
 * that calls, attempts and spacing when nobody answers, the no-repeat window per reporter and the sampling seed.
 */
@Entity
@Table(name = "quality_callback_policy")
class CallbackPolicy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_code", nullable = false, length = 64)
    private String contractCode;

    @Column(name = "share_percent", nullable = false)
    private int sharePercent;

    @Column(name = "delay_amount", nullable = false, length = 32)
    private String delayAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "delay_clock", nullable = false, length = 16)
    private SlaClock delayClock;

    @Column(name = "delay_window", length = 64)
    private String delayWindow;

    @Column(name = "team_group", nullable = false, length = 64)
    private String teamGroup;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "spacing", nullable = false, length = 32)
    private String spacing;

    @Column(name = "no_repeat_days", nullable = false)
    private int noRepeatDays;

    @Column(name = "follow_up_amount", nullable = false, length = 32)
    private String followUpAmount;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up_clock", nullable = false, length = 16)
    private SlaClock followUpClock;

    @Column(name = "follow_up_window", length = 64)
    private String followUpWindow;

    @Column(name = "seed", nullable = false)
    private long seed;

    protected CallbackPolicy() {
    }

    CallbackPolicy(String contractCode) {
        this.contractCode = contractCode;
    }

    void update(int sharePercent, TimeSpan delay, String teamGroup, int attempts, Duration spacing, int noRepeatDays,
                TimeSpan followUp, long seed) {
        this.sharePercent = sharePercent;
        this.delayAmount = delay.duration();
        this.delayClock = delay.clock();
        this.delayWindow = delay.window();
        this.teamGroup = teamGroup;
        this.attempts = attempts;
        this.spacing = spacing.toString();
        this.noRepeatDays = noRepeatDays;
        this.followUpAmount = followUp.duration();
        this.followUpClock = followUp.clock();
        this.followUpWindow = followUp.window();
        this.seed = seed;
    }

    TimeSpan delay() {
        return new TimeSpan(delayAmount, delayClock, delayWindow);
    }

    TimeSpan followUp() {
        return new TimeSpan(followUpAmount, followUpClock, followUpWindow);
    }

    Duration spacingValue() {
        return Duration.parse(spacing);
    }

    String getContractCode() { return contractCode; }
    int getSharePercent() { return sharePercent; }
    String getTeamGroup() { return teamGroup; }
    int getAttempts() { return attempts; }
    int getNoRepeatDays() { return noRepeatDays; }
    long getSeed() { return seed; }
}
