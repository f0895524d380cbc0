package com.weibao.intake.phone.process;

import com.weibao.intake.phone.PhoneIntake;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RegisterCallbackCase: outside service hours the missed call becomes a case (or a note) at once. */
@Component("registerCallbackCase")
class RegisterCallbackCaseDelegate implements JavaDelegate {

    private final PhoneIntake intake;

    RegisterCallbackCaseDelegate(PhoneIntake intake) {
        this.intake = intake;
    }

    @Override
    public void execute(DelegateExecution execution) {
        intake.registerCallbackCase(execution.getProcessInstanceId())
                .ifPresent(number -> execution.setVariable(PhoneCallVariables.CASE_NUMBER, number));
    }
}
