package com.weibao.quality;

/** What came of a survey call to a department. */
public enum SurveyCallOutcome {
    REACHED("已接通"),
    NOT_REACHED("未接通");

    private final String label;

    SurveyCallOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
