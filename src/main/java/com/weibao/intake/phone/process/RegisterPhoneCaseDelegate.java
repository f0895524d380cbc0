package com.weibao.intake.phone.process;

import static com.weibao.intake.phone.process.PhoneCallVariables.*;

import com.weibao.cases.SupportCase;
import com.weibao.intake.phone.PhoneIntake;
import com.weibao.platform.engine.EngineCallers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RegisterPhoneCase: a new case from the call, through the case desk's one intake path, dated at the call. */
@Component("registerPhoneCase")
class RegisterPhoneCaseDelegate implements JavaDelegate {

    private final PhoneIntake intake;

    RegisterPhoneCaseDelegate(PhoneIntake intake) {
        this.intake = intake;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SupportCase created = intake.register(report(execution),
                EngineCallers.actor(execution, PhoneCallProcess.SYSTEM_ACTOR));
        execution.removeVariables(CALL_FIELDS);
        execution.setVariable(CASE_NUMBER, created.getNumber());
        if (execution.getProcessBusinessKey() == null) {
            execution.setProcessBusinessKey(created.getNumber());
        }
    }
}
