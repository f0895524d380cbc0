package com.weibao.report;

/**
 * What a stored contract report is: the period report (月报、季报、年度总结) or the maintenance assessment (维保考核).
 * Both go through the same review (ContractReportProcess): the service manager releases, the hospital's IT
 * department acknowledges.
 */
public enum ReportDocument {
    REPORT("report", "维保报告"),
    ASSESSMENT("assessment", "维保考核");

    private final String file;
    private final String label;

    ReportDocument(String file, String label) {
        this.file = file;
        this.label = label;
    }

    /** The documents' file name without extension, and the path segment of its API ("report", "assessment"). */
    public String file() {
        return file;
    }

    public String label() {
        return label;
    }

    /** 2026年11月月报, 2026年度维保考核. */
    public String title(ReportPeriod period) {
        return this == REPORT ? period.label() + period.kind().label() : period.label() + label;
    }
}
