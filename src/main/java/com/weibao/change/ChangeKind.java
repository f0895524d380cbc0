package com.weibao.change;

/** How a change is approved: its kind decides the path through ChangeProcess. */
public enum ChangeKind {
    /** Pre-approved routine change (标准变更): the hospital approves, no vendor review. */
    STANDARD("标准变更"),
    /** Normal change (一般变更): vendor review first, then the hospital's IT department. */
    NORMAL("一般变更"),
    /** Emergency change (紧急变更): implemented first, approved by the hospital afterwards. */
    EMERGENCY("紧急变更");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
