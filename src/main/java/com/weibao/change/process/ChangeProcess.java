package com.weibao.change.process;

/** Ids of ChangeProcess and its elements, as in processes/ChangeProcess.bpmn. */
public final class ChangeProcess {

    public static final String KEY = "ChangeProcess";
    /** Who acts in a step no person drives (a timer, a job). */
    public static final String SYSTEM_ACTOR = "change";

    public static final String START = "StartEvent_ChangeRequested";
    public static final String REVIEW = "Task_ReviewChange";
    public static final String APPROVE = "Task_ApproveChange";
    public static final String REVISE = "Task_ReviseChange";
    public static final String SCHEDULE = "Task_ScheduleChange";
    public static final String REMINDER_DUE = "Event_ReminderDue";
    public static final String REMIND = "Task_RemindImplementation";
    public static final String WINDOW_REACHED = "Event_WindowReached";
    public static final String IMPLEMENT = "Task_ImplementChange";
    public static final String APPROVE_AFTER = "Task_ApproveEmergencyChange";
    public static final String VERIFY = "Task_VerifyChange";
    public static final String ROLL_BACK = "Task_RollBackChange";
    public static final String RECORD_VERSION = "Task_RecordVersion";
    public static final String ABANDON = "Task_AbandonChange";
    public static final String END_COMPLETED = "EndEvent_ChangeCompleted";
    public static final String END_ABANDONED = "EndEvent_ChangeAbandoned";

    private ChangeProcess() {
    }
}
