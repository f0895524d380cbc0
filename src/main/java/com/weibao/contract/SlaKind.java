package com.weibao.contract;

/** What a contract promises to happen by a deadline. */
public enum SlaKind {
    /** The reporter is told what will happen (响应): the desk accepts the case, or an engineer takes it. */
    RESPONSE("响应"),
    /** A solution plan is put to the hospital (提出解决方案). */
    SOLUTION_PLAN("提出解决方案"),
    /** An engineer is on site (到达现场 / 出发). */
    ONSITE_ARRIVAL("到达现场"),
    /** The fault is resolved (修复 / 解决). */
    RESOLUTION("解决");

    private final String label;

    SlaKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
