package com.weibao.inspection;

/** A department's answer to a report version: sign it, or send it back with a reason. */
public enum SignOffDecision {
    SIGNED("确认签字"),
    REJECTED("退回修改");

    private final String label;

    SignOffDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
