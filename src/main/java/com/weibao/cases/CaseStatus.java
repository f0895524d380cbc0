package com.weibao.cases;

import java.util.Set;

public enum CaseStatus {
    NEW("新建"),
    TRIAGED("已分级"),
    DISPATCHED("已派工"),
    IN_PROGRESS("处理中"),
    WAITING_FOR_APPROVAL("待院方批准远程接入"),
    WAITING_FOR_REPORTER("等待报修人回复"),
    WAITING_FOR_AGREED_TIME("等待约定处理时间"),
    RESOLVED("已解决待确认"),
    CLOSED("已关闭"),
    ARCHIVED("已归档"),
    CANCELLED("已取消");

    /** Statuses in which the case is still being worked on. */
    public static final Set<CaseStatus> OPEN = Set.of(NEW, TRIAGED, DISPATCHED, IN_PROGRESS, WAITING_FOR_APPROVAL,
            WAITING_FOR_REPORTER, WAITING_FOR_AGREED_TIME, RESOLVED);

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
