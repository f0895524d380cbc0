package com.weibao.intake.phone.process;

/** Ids of the phone call process and its elements, as in processes/PhoneCallProcess.bpmn. */
public final class PhoneCallProcess {

    public static final String KEY = "PhoneCallProcess";

    /** Who acts in a phone-call step no agent drives: the hotline itself (a job, the CTI webhook). */
    public static final String SYSTEM_ACTOR = "hotline";

    public static final String START_CALL_TAKEN = "StartEvent_PhoneCallTaken";
    public static final String START_CALL_MISSED = "StartEvent_CallMissed";
    public static final String LOOK_UP_CALLER = "Task_LookUpCaller";
    public static final String CONFIRM_CALLER = "Task_ConfirmCaller";
    public static final String NOTE_ON_OPEN_CASE = "Task_NoteOnOpenCase";
    public static final String REGISTER_PHONE_CASE = "Task_RegisterPhoneCase";
    public static final String CHECK_SERVICE_HOURS = "Task_CheckServiceHours";
    public static final String REGISTER_CALLBACK_CASE = "Task_RegisterCallbackCase";
    public static final String CALL_BACK = "Task_CallBack";
    public static final String END_NOTED = "EndEvent_CallNoted";
    public static final String END_REGISTERED = "EndEvent_CaseRegistered";
    public static final String END_CALLED_BACK = "EndEvent_CalledBack";

    public static final String MESSAGE_CALL_MISSED = "Message_CallMissed";

    private PhoneCallProcess() {
    }
}
