package com.weibao.cases;

/** How an engineer supports: hotline, remote or on site. */
public enum SupportMode {
    HOTLINE("热线"),
    REMOTE("远程"),
    ONSITE("现场");

    private final String label;

    SupportMode(String label) {
        this.label = label;
    }

    /** The Chinese name shown to hospital users. */
    public String label() {
        return label;
    }
}
