package com.weibao.quality.process;

/** Ids of processes/ComplaintProcess.bpmn and the variables it routes on. */
public final class ComplaintProcess {

    public static final String KEY = "ComplaintProcess";
    public static final String SYSTEM_ACTOR = "complaint";

    public static final String START = "StartEvent_ComplaintFiled";
    public static final String INVESTIGATE = "Task_InvestigateComplaint";
    public static final String RESPONSE_OVERDUE = "BoundaryEvent_ResponseOverdue";
    public static final String REMIND = "Task_RemindHandlers";
    public static final String END_REMINDED = "EndEvent_HandlersReminded";
    public static final String INFORM = "Task_InformComplainant";
    public static final String END_ANSWERED = "EndEvent_ComplaintAnswered";

    public static final String REFERENCE = "complaintReference";
    public static final String CONTRACT_CODE = "contractCode";
    public static final String DUE_AT = "complaintDueAt";
    public static final String VIEW = "complaintView";

    private ComplaintProcess() {
    }

    /** The complaint process's business key: the complaint's reference (TS-12). */
    public static String businessKey(String reference) {
        return "complaint:" + reference;
    }
}
