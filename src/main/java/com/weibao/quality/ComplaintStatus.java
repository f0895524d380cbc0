package com.weibao.quality;

/** Where a complaint stands: with the service managers, or answered to the complainant. */
public enum ComplaintStatus {
    OPEN("处理中"),
    ANSWERED("已答复");

    private final String label;

    ComplaintStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
