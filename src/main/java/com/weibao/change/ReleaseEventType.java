package com.weibao.change;

/** What happened to a release. */
public enum ReleaseEventType {
    PLANNED("编制发布计划"),
    CASE_ADDED("加入问题"),
    CASE_REMOVED("移出问题"),
    SENT("问题清单与时间表报院方"),
    CONFIRMED("院方确认发布计划"),
    REFUSED("院方退回发布计划"),
    IMPLEMENTED("实施发布"),
    ACCEPTED("院方验收通过"),
    ACCEPTANCE_REFUSED("院方验收不通过"),
    RELEASED("记录系统版本");

    private final String label;

    ReleaseEventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
