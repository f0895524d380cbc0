package com.weibao.inspection;

/** What a checklist item asks the engineer for. */
public enum ItemKind {
    /** Normal or abnormal (正常/异常); abnormal is a finding. */
    PASS_FAIL("正常/异常"),
    /** A measured value checked against the item's threshold, e.g. tablespace usage % &lt; 90. */
    MEASURE("测量值"),
    /** A written observation, e.g. the users trained or the improvement suggestions. */
    TEXT("文字记录"),
    /** A required photo or file, uploaded to the inspection before the checklist is submitted. */
    ATTACHMENT("照片/附件");

    private final String label;

    ItemKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
