package com.weibao.inspection;

/** A planned slot without an inspection: not started yet, or its due date passed without one. */
public enum SlotState {
    PLANNED("计划中"),
    MISSED("未执行");

    private final String label;

    SlotState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
