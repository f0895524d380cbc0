package com.weibao.quality;

/** What a complaint (投诉) is about. */
public enum ComplaintSubject {
    /** A case (its number): its engineers are the ones complained about. */
    CASE("工单"),
    /** An engineer (a vendor user) by name. */
    ENGINEER("工程师"),
    /** The service in general. */
    SERVICE("服务总体");

    private final String label;

    ComplaintSubject(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
