package com.weibao.inspection;

/** The verdict on a pass/fail item. */
public enum ItemOutcome {
    PASS("正常"),
    FAIL("异常");

    private final String label;

    ItemOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
