package com.weibao.sla.process;

/** Ids of the SLA watch in processes/CaseProcess.bpmn (the event subprocess "监控服务时限"). */
public final class SlaWatchProcess {

    public static final String SUBPROCESS = "SubProcess_WatchSlaTarget";
    public static final String START_EVENT = "StartEvent_SlaTargetArmed";
    public static final String AWAIT_TARGET = "Task_AwaitSlaTarget";
    public static final String WARNING = "BoundaryEvent_SlaWarning";
    public static final String BREACH = "BoundaryEvent_SlaBreached";
    public static final String WARN_ENGINEER = "Task_WarnEngineer";
    public static final String ESCALATE_TO_LEAD = "Task_EscalateToLead";
    public static final String MANAGER_STEP_DUE = "Event_ManagerStepDue";
    public static final String ESCALATE_TO_MANAGER = "Task_EscalateToManager";
    public static final String HOSPITAL_STEP_DUE = "Event_HospitalStepDue";
    public static final String NOTIFY_HOSPITAL = "Task_NotifyHospitalContact";

    /** Starts a watcher for one target, named by the transient variable {@value #ARMED_TARGET_VARIABLE}. */
    public static final String MESSAGE_ARMED = "Message_SlaTargetArmed";
    public static final String ARMED_TARGET_VARIABLE = "armedSlaTargetId";
    /** The watcher's target, local to its event subprocess instance. */
    public static final String TARGET_VARIABLE = "slaTargetId";

    private SlaWatchProcess() {
    }

    /** Ends the watcher of one target (the receive task's message name is "SlaTargetClosed-${slaTargetId}"). */
    public static String closingMessage(long targetId) {
        return "SlaTargetClosed-" + targetId;
    }
}
