package com.weibao.quality.process;

/** Ids of processes/SatisfactionSurveyProcess.bpmn and the variables it works with. */
public final class SurveyProcess {

    public static final String KEY = "SatisfactionSurveyProcess";
    public static final String SYSTEM_ACTOR = "survey";

    public static final String START = "StartEvent_SurveyRequested";
    public static final String OPEN = "Task_OpenSurvey";
    public static final String CALL = "Task_CallDepartment";
    public static final String SUMMARY = "Task_WriteSummary";
    public static final String ISSUE = "Task_IssueSurveyReport";
    public static final String END = "EndEvent_SurveyReported";

    /** Start form fields. */
    public static final String CONTRACT_CODE = "contractCode";
    public static final String YEAR = "surveyYear";
    public static final String DEPARTMENTS = "departments";
    /** The calls' ids the multi-instance call task runs over; each instance's own one (bound to its task). */
    public static final String CALL_IDS = "surveyCallIds";
    public static final String CALL_ID = "surveyCallId";
    /** Task-local, read-only texts of the forms. */
    public static final String CALL_VIEW = "surveyCallView";
    public static final String SUMMARY_VIEW = "surveySummaryView";

    private SurveyProcess() {
    }
}
