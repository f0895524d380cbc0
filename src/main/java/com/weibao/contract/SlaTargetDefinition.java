package com.weibao.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One promise of a contract: for cases of these levels and this category, this kind of target within this
 * duration on this clock. Data from the contract file, e.g. "P1 FAULT ONSITE_ARRIVAL PT2H ELAPSED".
 */
@Embeddable
public class SlaTargetDefinition {

    @Column(name = "code", nullable = false, length = 64)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private SlaKind kind;

    /** Comma-separated levels; empty means every level. */
    @Column(name = "priorities", length = 20)
    private String priorities;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 16)
    private Category category;

    /** ISO-8601, e.g. PT1H; for WORKING_DAYS whole days, e.g. P3D; unused for NEXT_OPENING. */
    @Column(name = "duration", length = 32)
    private String duration;

    @Enumerated(EnumType.STRING)
    @Column(name = "clock", nullable = false, length = 16)
    private SlaClock clock;

    /** The service window for BUSINESS_HOURS and NEXT_OPENING. */
    @Column(name = "window_name", length = 64)
    private String window;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_on", nullable = false, length = 32)
    private SlaTrigger trigger;

    /** When to warn, as a share of the duration; empty means the application's default (75 %). */
    @Column(name = "warning_ratio")
    private Double warningRatio;

    @Column(name = "description", nullable = false, length = 500)
    private String description;

    protected SlaTargetDefinition() {
    }

    public SlaTargetDefinition(String code, SlaKind kind, Set<Priority> priorities, Category category,
                               String duration, SlaClock clock, String window, SlaTrigger trigger,
                               Double warningRatio, String description) {
        this.code = code;
        this.kind = kind;
        this.priorities = priorities == null || priorities.isEmpty() ? null
                : priorities.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.category = category;
        this.duration = duration;
        this.clock = clock;
        this.window = window;
        this.trigger = trigger;
        this.warningRatio = warningRatio;
        this.description = description;
    }

    public boolean appliesTo(Priority priority, Category caseCategory) {
        return category == caseCategory && (priorities == null
                || (priority != null && Arrays.asList(priorities.split(",")).contains(priority.name())));
    }

    /** The duration as time to add; working days count as 24 h of working-day time each. */
    public Duration durationValue() {
        return duration == null ? Duration.ZERO : Duration.parse(duration);
    }

    public String getCode() { return code; }
    public SlaKind getKind() { return kind; }
    public String getPriorities() { return priorities; }
    public Category getCategory() { return category; }
    public String getDuration() { return duration; }
    public SlaClock getClock() { return clock; }
    public String getWindow() { return window; }
    public SlaTrigger getTrigger() { return trigger; }
    public Double getWarningRatio() { return warningRatio; }
    public String getDescription() { return description; }
}
