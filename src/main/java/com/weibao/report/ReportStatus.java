package com.weibao.report;

/** Where a contract report stands in its review. */
public enum ReportStatus {
    DRAFT("待审核"),
    RELEASED("待院方签收"),
    RETURNED("院方退回待修改"),
    ARCHIVED("已签收归档");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
