package com.weibao.cases.process;

/** Ids of the case process and its elements, as in processes/CaseProcess.bpmn. */
public final class CaseProcess {

    public static final String KEY = "CaseProcess";

    /** Who acts in a case step no person drives (a job, a timer). */
    public static final String SYSTEM_ACTOR = "weibao";

    public static final String START_EVENT = "StartEvent_CaseReported";
    public static final String REGISTER_CASE = "Task_RegisterCase";
    public static final String PROPOSE_FAULT_LEVEL = "Task_ProposeFaultLevel";
    public static final String TRIAGE_CASE = "Task_TriageCase";
    public static final String HAND_OVER = "Task_HandOverToHospital";
    public static final String END_HANDED_OVER = "EndEvent_CaseHandedOver";
    public static final String START_HANDED_OVER = "StartEvent_CaseHandedOver";
    public static final String COMPLAINT_OR_CASE = "Gateway_ComplaintOrCase";
    public static final String FORWARD_COMPLAINT = "Task_ForwardComplaint";
    public static final String COMPLAINT_ANSWERED = "Event_ComplaintAnswered";
    public static final String DISPATCH_CASE = "Task_DispatchCase";
    public static final String SUPPORT_CASE = "Task_SupportCase";
    public static final String APPROVE_REMOTE_ACCESS = "Task_ApproveRemoteAccess";
    public static final String REPORTER_REPLIED = "Event_ReporterReplied";
    public static final String AGREED_TIME_REACHED = "Event_AgreedTimeReached";
    public static final String RESOLVE_CASE = "Task_ResolveCase";
    public static final String CONFIRM_RESOLUTION = "Task_ConfirmResolution";
    public static final String CLOSE_CASE = "Task_CloseCase";
    public static final String ARCHIVE_CASE = "Task_ArchiveCase";
    public static final String END_ARCHIVED = "EndEvent_CaseArchived";
    public static final String END_CANCELLED = "EndEvent_CaseCancelled";

    public static final String MESSAGE_REPORTER_REPLIED = "Message_ReporterReplied";
    public static final String MESSAGE_CASE_HANDED_OVER = "Message_CaseHandedOver";
    public static final String MESSAGE_COMPLAINT_ANSWERED = "Message_ComplaintAnswered";
    public static final String FAULT_LEVEL_DECISION = "FaultLevelDecision";

    private CaseProcess() {
    }
}
