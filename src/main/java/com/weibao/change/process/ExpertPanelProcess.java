package com.weibao.change.process;

/** Ids of ExpertPanelProcess and its elements, as in processes/ExpertPanelProcess.bpmn. */
public final class ExpertPanelProcess {

    public static final String KEY = "ExpertPanelProcess";
    /** Who acts in a step no person drives. */
    public static final String SYSTEM_ACTOR = "change";

    public static final String START = "StartEvent_PanelConvened";
    public static final String GIVE_OPINION = "Task_GiveExpertOpinion";
    public static final String RECORD_CONCLUSION = "Task_RecordConclusion";
    public static final String INFORM_HOSPITAL = "Task_InformHospital";
    public static final String END_CONCLUDED = "EndEvent_PanelConcluded";

    private ExpertPanelProcess() {
    }
}
