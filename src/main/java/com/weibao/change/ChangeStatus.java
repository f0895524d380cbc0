package com.weibao.change;

/** Where a change stands; the steps of ChangeProcess set it. */
public enum ChangeStatus {
    IN_REVIEW("厂商评审中"),
    AWAITING_APPROVAL("待院方审批"),
    IN_REVISION("修改中"),
    SCHEDULING("待排期"),
    SCHEDULED("已排期"),
    IMPLEMENTING("实施中"),
    AWAITING_APPROVAL_AFTER("待院方补批"),
    AWAITING_VERIFICATION("待院方验收"),
    ROLLING_BACK("回退中"),
    COMPLETED("已完成"),
    ABANDONED("已放弃");

    private final String label;

    ChangeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isClosed() {
        return this == COMPLETED || this == ABANDONED;
    }
}
