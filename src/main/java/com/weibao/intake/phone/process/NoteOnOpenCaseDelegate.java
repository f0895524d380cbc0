package com.weibao.intake.phone.process;

import static com.weibao.intake.phone.process.PhoneCallVariables.*;

import com.weibao.intake.phone.PhoneIntake;
import com.weibao.platform.engine.EngineCallers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_NoteOnOpenCase: a repeat call goes on the caller's open case instead of a duplicate case. */
@Component("noteOnOpenCase")
class NoteOnOpenCaseDelegate implements JavaDelegate {

    private final PhoneIntake intake;
    private final EngineCallers callers;

    NoteOnOpenCaseDelegate(PhoneIntake intake, EngineCallers callers) {
        this.intake = intake;
        this.callers = callers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = text(execution, NOTE_CASE_NUMBER);
        intake.noteOnOpenCase(number, report(execution), callers.caller(execution, PhoneCallProcess.SYSTEM_ACTOR));
        execution.removeVariables(CALL_FIELDS);
        execution.setVariable(CASE_NUMBER, number);
        if (execution.getProcessBusinessKey() == null) {
            execution.setProcessBusinessKey(number);
        }
    }
}
