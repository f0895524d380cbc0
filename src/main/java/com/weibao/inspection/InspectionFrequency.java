package com.weibao.inspection;

/** How often a plan inspects: monthly (12 a year), quarterly (4 a year), or on dates agreed with the hospital. */
public enum InspectionFrequency {
    MONTHLY("每月"),
    QUARTERLY("每季度"),
    AGREED_DATES("按约定日期");

    private final String label;

    InspectionFrequency(String label) {
        this.label = label;
    }

    /** The Chinese name shown to hospital users. */
    public String label() {
        return label;
    }
}
