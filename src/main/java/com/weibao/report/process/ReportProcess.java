package com.weibao.report.process;

/** ContractReportProcess's key and variable names, in one place. */
final class ReportProcess {

    static final String KEY = "ContractReportProcess";
    /** The hospital's tenant comes from this variable (see HospitalTenancy). */
    static final String CONTRACT_CODE = "contractCode";
    /** Shown and routed by; the delegates find their report by the process instance, never by these. */
    static final String PERIOD = "period";
    static final String HOSPITAL_IT_GROUP = "hospitalItGroup";
    static final String REPORT_TITLE = "reportTitle";
    static final String REPORT_DOCX = "reportDocx";
    static final String REPORT_XLSX = "reportXlsx";
    static final String SUMMARY = "summary";
    static final String IMPROVEMENTS = "improvements";
    static final String RELEASED_BY = "releasedBy";
    static final String DECISION = "reportDecision";
    static final String REMARKS = "remarks";
    static final String DECIDED_BY = "decidedBy";

    private ReportProcess() {
    }
}
