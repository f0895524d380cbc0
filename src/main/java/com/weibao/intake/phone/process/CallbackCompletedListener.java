package com.weibao.intake.phone.process;

import static com.weibao.intake.phone.process.PhoneCallVariables.*;

import com.weibao.intake.phone.PhoneIntake;
import com.weibao.platform.engine.EngineCallers;
import com.weibao.platform.web.FieldViolation;
import com.weibao.platform.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete listener of Task_CallBack: the call-back is noted on the call's case; REGISTER needs the case's data. */
@Component("callbackCompleted")
class CallbackCompletedListener implements TaskListener {

    private final PhoneIntake intake;
    private final EngineCallers callers;

    CallbackCompletedListener(PhoneIntake intake, EngineCallers callers) {
        this.intake = intake;
        this.callers = callers;
    }

    @Override
    public void notify(DelegateTask task) {
        PhoneIntake.CallbackOutcome outcome = enumValue(task, CALLBACK_OUTCOME, PhoneIntake.CallbackOutcome.class);
        String note = text(task, CALLBACK_NOTE);
        task.removeVariable(CALLBACK_NOTE);
        if (outcome == PhoneIntake.CallbackOutcome.REGISTER) {
            List<FieldViolation> violations = new ArrayList<>();
            for (String required : List.of(CALLER_NAME, CONTRACT, SUMMARY)) {
                if (text(task, required) == null) {
                    violations.add(new FieldViolation(required, "is required to register the case"));
                }
            }
            if (!violations.isEmpty()) {
                throw new InvalidRequestException(violations);
            }
        }
        intake.recordCallback(task.getProcessInstanceId(), outcome, note, callers.caller(task, PhoneCallProcess.SYSTEM_ACTOR));
    }
}
