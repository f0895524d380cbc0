package com.weibao.quality;

/** Where a yearly satisfaction survey stands. */
public enum SurveyStatus {
    /** The callback team calls the departments. */
    CALLING("电话调查中"),
    /** Every department called; the service manager writes the summary. */
    SUMMARIZING("撰写总结中"),
    /** The summary is written; the result document is being made. */
    SUMMARIZED("已总结"),
    /** The result document is there to read. */
    REPORTED("已出具报告");

    private final String label;

    SurveyStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
