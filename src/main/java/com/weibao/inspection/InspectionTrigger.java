package com.weibao.inspection;

/** Why an inspection exists: its plan's schedule, or somebody asked for one now. */
public enum InspectionTrigger {
    SCHEDULED("计划巡检"),
    ON_DEMAND("临时巡检");

    private final String label;

    InspectionTrigger(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
