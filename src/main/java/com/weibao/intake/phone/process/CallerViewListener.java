package com.weibao.intake.phone.process;

import com.weibao.intake.phone.PhoneIntake;
import com.weibao.platform.engine.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Create listener of Task_ConfirmCaller: the look-up's findings for the form, local to the task. */
@Component("callerView")
class CallerViewListener implements TaskListener {

    private final PhoneIntake intake;
    private final JsonVariables views;

    CallerViewListener(PhoneIntake intake, JsonVariables views) {
        this.intake = intake;
        this.views = views;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariableLocal(PhoneCallVariables.CALLER_VIEW, views.of(intake.callerView(
                PhoneCallVariables.report(task), PhoneCallVariables.text(task, PhoneCallVariables.DECISION_REASON))));
    }
}
