package com.weibao.cases;

/** Where a case's target stands. */
public enum SlaTargetStatus {
    /** The clock runs, the deadline lies ahead. */
    RUNNING("进行中"),
    /** The case's clock is stopped (waiting for the reporter, or for a time agreed with the hospital). */
    PAUSED("暂停"),
    /** The deadline passed and the target is still open: escalating. */
    BREACHED("已超时"),
    /** Met in time. */
    MET("按时达成"),
    /** Met, but after the deadline. */
    MET_LATE("超时达成"),
    /** No longer applies (the level or category changed, the case was closed or cancelled). */
    CANCELLED("已取消");

    private final String label;

    SlaTargetStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this == RUNNING || this == PAUSED || this == BREACHED;
    }
}
