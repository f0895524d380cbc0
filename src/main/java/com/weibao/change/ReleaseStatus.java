package com.weibao.change;

/** Where a release stands: planned (its list compiled), sent to the hospital, confirmed and being implemented, released. */
public enum ReleaseStatus {
    PLANNED("编制发布清单"),
    SENT("已报院方，待确认"),
    CONFIRMED("院方已确认，待实施"),
    IMPLEMENTED("已实施，待院方验收"),
    RELEASED("已发布");

    private final String label;

    ReleaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
