package com.weibao.intake.phone.process;

import static com.weibao.intake.phone.process.PhoneCallVariables.*;

import com.weibao.intake.phone.PhoneIntake;
import com.weibao.platform.DisplayTimes;
import com.weibao.platform.engine.EngineCallers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_LookUpCaller: who is calling, and whether the call is a note, a new case, or for the agent to confirm; the call
 * time the agent gave is checked here, while the start form is still open.
 */
@Component("lookUpCaller")
class LookUpCallerDelegate implements JavaDelegate {

    private final PhoneIntake intake;
    private final EngineCallers callers;

    LookUpCallerDelegate(PhoneIntake intake, EngineCallers callers) {
        this.intake = intake;
        this.callers = callers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        PhoneIntake.Assessment assessment = intake.assess(report(execution), callers.caller(execution, PhoneCallProcess.SYSTEM_ACTOR));
        execution.setVariable(CALL_DECISION, assessment.decision().name());
        execution.setVariable(DECISION_REASON, assessment.reason());
        execution.setVariable(NOTE_CASE_NUMBER, assessment.noteCaseNumber());
        fill(execution, CALLER_NAME, assessment.callerName());
        fill(execution, CALLER_DEPARTMENT, assessment.callerDepartment());
        fill(execution, CALLER_EMAIL, assessment.callerEmail());
        fill(execution, CONTRACT, assessment.contractCode());
        if (instant(execution, CALL_TIME) == null) {
            execution.setVariable(CALL_TIME, assessment.callTime().atZone(DisplayTimes.BEIJING).toOffsetDateTime().toString());
        }
    }

    private static void fill(DelegateExecution execution, String name, String value) {
        if (text(execution, name) == null && value != null) {
            execution.setVariable(name, value);
        }
    }
}
