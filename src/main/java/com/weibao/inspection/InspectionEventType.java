package com.weibao.inspection;

/** What happened to an inspection; its history holds one event per change, with who and when. */
public enum InspectionEventType {
    REQUESTED("发起"),
    RESULTS_RECORDED("填写结果"),
    FOLLOW_UP_RAISED("创建后续工单"),
    FOLLOW_UP_LINKED("关联未结工单"),
    FILE_ADDED("上传附件"),
    REPORT_WRITTEN("生成报告"),
    REMINDED("到期提醒"),
    OVERDUE("逾期"),
    ESCALATED("逾期升级"),
    SIGNED("签字"),
    REJECTED("退回"),
    ARCHIVED("归档");

    private final String label;

    InspectionEventType(String label) {
        this.label = label;
    }

    /** The Chinese name shown in the inspection's history. */
    public String label() {
        return label;
    }
}
