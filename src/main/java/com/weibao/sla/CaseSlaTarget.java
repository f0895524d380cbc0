package com.weibao.sla;

import com.weibao.cases.SlaTargetStatus;
import com.weibao.cases.SlaTargetView;
import com.weibao.contract.DaySelector;
import com.weibao.contract.ServiceWindow;
import com.weibao.contract.SlaClock;
import com.weibao.contract.SlaKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * One promise applied to one case: what, by when (on which clock), and how it went. The window is copied from
 * the contract when the target is set, so a later change of the contract does not move running deadlines.
 */
@Entity
@Table(name = "case_sla_target")
public class CaseSlaTarget {

    /** The escalation steps, in order; the level says which were done. */
    public static final int WARNED = 1;
    public static final int LEAD = 2;
    public static final int MANAGER = 3;
    public static final int HOSPITAL = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private long caseId;

    @Column(nullable = false, length = 64)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SlaKind kind;

    @Column(nullable = false, length = 500)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SlaClock clock;

    @Enumerated(EnumType.STRING)
    @Column(name = "window_days", nullable = false, length = 16)
    private DaySelector windowDays;

    @Column(name = "window_hours", nullable = false, length = 200)
    private String windowHours;

    @Column(name = "duration_seconds", nullable = false)
    private long durationSeconds;

    @Column(nullable = false)
    private double warningRatio;

    @Column(nullable = false)
    private Instant startedAt;

    private Instant dueAt;
    private Instant warningAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SlaTargetStatus status;

    private Instant metAt;
    private Instant breachedAt;

    @Column(nullable = false)
    private int escalationLevel;

    private Long timeTakenSeconds;

    @Column(nullable = false)
    private Instant createdAt;

    protected CaseSlaTarget() {
    }

    CaseSlaTarget(long caseId, String code, SlaKind kind, String description, SlaClock clock, ServiceWindow window,
                  Duration duration, double warningRatio, Instant startedAt, Instant now) {
        this.caseId = caseId;
        this.code = code;
        this.kind = kind;
        this.description = description;
        this.clock = clock;
        this.windowDays = window.days();
        this.windowHours = window.intervals().stream().map(ServiceWindow.Interval::toString)
                .reduce((a, b) -> a + "," + b).orElseThrow();
        this.durationSeconds = duration.toSeconds();
        this.warningRatio = warningRatio;
        this.startedAt = startedAt;
        this.status = SlaTargetStatus.RUNNING;
        this.createdAt = now;
    }

    public ServiceWindow window() {
        return ServiceWindow.of(windowDays, windowHours);
    }

    public Duration duration() {
        return Duration.ofSeconds(durationSeconds);
    }

    /** New deadlines (after a pause, or when set); null while the clock is stopped. */
    void schedule(Instant due, Instant warning, Instant now) {
        this.dueAt = due;
        this.warningAt = warning;
        if (due == null) {
            if (status == SlaTargetStatus.RUNNING || status == SlaTargetStatus.BREACHED) {
                status = SlaTargetStatus.PAUSED;
            }
            return;
        }
        if (status == SlaTargetStatus.PAUSED || status == SlaTargetStatus.RUNNING) {
            status = breachedAt != null ? SlaTargetStatus.BREACHED : SlaTargetStatus.RUNNING;
        }
    }

    void met(Instant at, Duration taken) {
        this.metAt = at;
        this.timeTakenSeconds = taken.toSeconds();
        boolean late = (dueAt != null && at.isAfter(dueAt)) || breachedAt != null && !at.isBefore(breachedAt);
        this.status = late ? SlaTargetStatus.MET_LATE : SlaTargetStatus.MET;
    }

    /** A reopened case: the resolution is open again, its deadline as before. */
    void reopen() {
        this.metAt = null;
        this.timeTakenSeconds = null;
        this.status = breachedAt != null ? SlaTargetStatus.BREACHED : SlaTargetStatus.RUNNING;
    }

    void cancel() {
        this.status = SlaTargetStatus.CANCELLED;
    }

    void breached(Instant at) {
        if (breachedAt == null) {
            breachedAt = at;
        }
        if (status == SlaTargetStatus.RUNNING) {
            status = SlaTargetStatus.BREACHED;
        }
    }

    /** Marks an escalation step done; false when it was done before (a re-armed timer firing again). */
    boolean escalated(int level) {
        if (escalationLevel >= level) {
            return false;
        }
        escalationLevel = level;
        return true;
    }

    /** Whether timers should watch it: open, with a deadline. */
    public boolean isWatched() {
        return (status == SlaTargetStatus.RUNNING || status == SlaTargetStatus.BREACHED) && dueAt != null;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public String getCode() { return code; }
    public SlaKind getKind() { return kind; }
    public String getDescription() { return description; }
    public SlaClock getClock() { return clock; }
    public double getWarningRatio() { return warningRatio; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getDueAt() { return dueAt; }
    public Instant getWarningAt() { return warningAt; }
    public SlaTargetStatus getStatus() { return status; }
    public Instant getMetAt() { return metAt; }
    public Instant getBreachedAt() { return breachedAt; }
    public int getEscalationLevel() { return escalationLevel; }
    public Long getTimeTakenSeconds() { return timeTakenSeconds; }

    /** The target as a case shows it. */
    SlaTargetView view() {
        return new SlaTargetView(code, kind, description, clock, startedAt, warningAt, dueAt, status, metAt,
                breachedAt, timeTakenSeconds == null ? null : Duration.ofSeconds(timeTakenSeconds), escalationLevel);
    }
}
