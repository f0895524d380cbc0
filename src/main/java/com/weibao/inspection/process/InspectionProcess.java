package com.weibao.inspection.process;

/** Ids of the inspection processes and their elements, as in processes/Inspection*Process.bpmn. */
public final class InspectionProcess {

    public static final String KEY = "InspectionProcess";

    /** Who acts in an inspection step no person drives (a job, a timer). */
    public static final String SYSTEM_ACTOR = "inspection";
    public static final String START_EVENT = "StartEvent_InspectionRequested";
    public static final String REGISTER = "Task_RegisterInspection";
    public static final String PERFORM = "Task_PerformInspection";
    public static final String REMIND_TIMER = "BoundaryEvent_InspectionDueSoon";
    public static final String OVERDUE_TIMER = "BoundaryEvent_InspectionOverdue";
    public static final String ESCALATE_TIMER = "BoundaryEvent_InspectionEscalated";
    public static final String REMIND = "Task_RemindEngineers";
    public static final String MARK_OVERDUE = "Task_MarkInspectionOverdue";
    public static final String ESCALATE = "Task_EscalateToManagers";
    public static final String RAISE_FOLLOW_UPS = "Task_RaiseFollowUpCases";
    public static final String WRITE_REPORT = "Task_WriteReport";
    public static final String SIGN_OFF = "Task_SignOffReport";
    public static final String REVISE = "Task_ReviseInspection";
    public static final String ARCHIVE = "Task_ArchiveInspection";
    public static final String END_ARCHIVED = "EndEvent_InspectionArchived";

    public static final String SCHEDULE_KEY = "InspectionScheduleProcess";
    public static final String PLAN_NEXT = "Task_PlanNextInspection";
    public static final String INSPECTION_DUE = "Event_InspectionDue";
    public static final String START_SCHEDULED = "Task_StartScheduledInspection";
    public static final String END_SCHEDULE = "EndEvent_ScheduleCompleted";

    private InspectionProcess() {
    }
}
