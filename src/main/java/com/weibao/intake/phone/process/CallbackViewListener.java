package com.weibao.intake.phone.process;

import com.weibao.intake.phone.PhoneIntake;
import com.weibao.platform.engine.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Create listener of Task_CallBack: the missed call for the call-back form, local to the task. */
@Component("callbackView")
class CallbackViewListener implements TaskListener {

    private final PhoneIntake intake;
    private final JsonVariables views;

    CallbackViewListener(PhoneIntake intake, JsonVariables views) {
        this.intake = intake;
        this.views = views;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariableLocal(PhoneCallVariables.CALL_VIEW,
                views.of(intake.callbackView(task.getProcessInstanceId())));
    }
}
