package com.weibao.contract;

/** What a case is about; contracts may promise different targets per category. */
public enum Category {
    FAULT("故障"),
    CONSULTATION("咨询"),
    CHANGE_REQUEST("需求变更"),
    COMPLAINT("投诉");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    /** The Chinese name shown to hospital users. */
    public String label() {
        return label;
    }
}
