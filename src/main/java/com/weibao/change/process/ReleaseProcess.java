package com.weibao.change.process;

/** Ids of ReleaseProcess and its elements, as in processes/ReleaseProcess.bpmn. */
public final class ReleaseProcess {

    public static final String KEY = "ReleaseProcess";
    /** Who acts in a step no person drives. */
    public static final String SYSTEM_ACTOR = "change";

    public static final String START = "StartEvent_ReleasePlanned";
    public static final String COMPILE = "Task_CompileReleaseList";
    public static final String CONFIRM = "Task_ConfirmReleasePlan";
    public static final String IMPLEMENT = "Task_ImplementRelease";
    public static final String ACCEPT = "Task_AcceptRelease";
    public static final String RECORD_VERSION = "Task_RecordReleaseVersion";
    public static final String END_RELEASED = "EndEvent_Released";

    private ReleaseProcess() {
    }
}
