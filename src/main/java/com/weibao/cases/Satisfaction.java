package com.weibao.cases;

/** The reporter's rating. */
public enum Satisfaction {
    EXCELLENT("优"),
    GOOD("良"),
    POOR("差");

    private final String label;

    Satisfaction(String label) {
        this.label = label;
    }

    /** The Chinese name shown to hospital users. */
    public String label() {
        return label;
    }
}
