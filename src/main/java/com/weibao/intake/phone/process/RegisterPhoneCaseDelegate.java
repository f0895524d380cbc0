package com.weibao.intake.phone.process;

import static com.weibao.intake.phone.process.PhoneCallVariables.*;

import com.weibao.cases.SupportCase;
import com.weibao.intake.phone.PhoneIntake;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RegisterPhoneCase: a new case from the call, through the case desk's one intake path, dated at the call. */
@Component("registerPhoneCase")
class RegisterPhoneCaseDelegate implements JavaDelegate {

    private final PhoneIntake intake;
    private final EngineCallers callers;

    RegisterPhoneCaseDelegate(PhoneIntake intake, EngineCallers callers) {
        this.intake = intake;
        this.callers = callers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SupportCase created = intake.register(report(execution), callers.userId(execution));
        execution.removeVariables(CALL_FIELDS);
        execution.setVariable(CASE_NUMBER, created.getNumber());
        if (execution.getProcessBusinessKey() == null) {
            execution.setProcessBusinessKey(created.getNumber());
        }
    }
}
