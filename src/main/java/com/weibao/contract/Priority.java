package com.weibao.contract;

/** Fault level (故障等级): P1 is the most severe. */
public enum Priority {
    P1("一级"),
    P2("二级"),
    P3("三级"),
    P4("四级");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    /** The Chinese name shown to hospital users. */
    public String label() {
        return label;
    }
}
