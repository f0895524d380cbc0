package com.weibao.intake.phone.process;

import com.weibao.intake.phone.PhoneIntake;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CheckServiceHours: whether the missed call came outside service hours. */
@Component("checkServiceHours")
class CheckServiceHoursDelegate implements JavaDelegate {

    private final PhoneIntake intake;

    CheckServiceHoursDelegate(PhoneIntake intake) {
        this.intake = intake;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PhoneIntake.CallbackPlan plan = intake.planCallback(execution.getProcessInstanceId());
        execution.setVariable(PhoneCallVariables.OUTSIDE_SERVICE_HOURS, plan.outsideServiceHours());
        execution.setVariable("serviceHoursBasis", plan.basis().name());
    }
}
