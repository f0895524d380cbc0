package com.weibao.quality.process;

/** Ids of processes/CallbackProcess.bpmn and the variables it routes on. */
public final class CallbackProcess {

    public static final String KEY = "CallbackProcess";
    public static final String SYSTEM_ACTOR = "callback";

    public static final String START = "StartEvent_CaseClosed";
    public static final String WAIT_DELAY = "Event_CallbackDue";
    public static final String CALL = "Task_CallReporter";
    public static final String OUTCOME = "Gateway_CallOutcome";
    public static final String WAIT_RETRY = "Event_RetryDue";
    public static final String FOLLOW_UP = "Task_HandleComplaint";
    public static final String FOLLOW_UP_OVERDUE = "BoundaryEvent_FollowUpOverdue";
    public static final String END_DONE = "EndEvent_CallbackDone";
    public static final String END_FOLLOWED_UP = "EndEvent_ComplaintHandled";
    public static final String END_UNREACHABLE = "EndEvent_Unreachable";
    public static final String END_REFUSED = "EndEvent_Refused";
    public static final String END_OVERDUE_REPORTED = "EndEvent_OverdueReported";
    public static final String REPORT_OVERDUE = "Task_ReportOverdueFollowUp";

    public static final String CASE_NUMBER = "caseNumber";
    public static final String CONTRACT_CODE = "contractCode";
    public static final String GROUP = "callbackGroup";
    public static final String DUE_AT = "callbackDueAt";
    public static final String ROUTE = "callbackRoute";
    public static final String NEXT_ATTEMPT_AT = "nextAttemptAt";
    public static final String FOLLOW_UP_DUE_AT = "followUpDueAt";
    public static final String VIEW = "callbackView";

    private CallbackProcess() {
    }

    /** The callback process's business key for a case. */
    public static String businessKey(String caseNumber) {
        return "callback:" + caseNumber;
    }
}
