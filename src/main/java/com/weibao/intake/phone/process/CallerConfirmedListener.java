package com.weibao.intake.phone.process;

import static com.weibao.intake.phone.process.PhoneCallVariables.*;

import com.weibao.intake.phone.PhoneIntake;
import com.weibao.platform.web.FieldViolation;
import com.weibao.platform.web.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete listener of Task_ConfirmCaller: the agent's choice is a note on an open case or a new case. */
@Component("callerConfirmed")
class CallerConfirmedListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        PhoneIntake.CallDecision decision = enumValue(task, CALL_DECISION, PhoneIntake.CallDecision.class);
        List<FieldViolation> violations = new ArrayList<>();
        if (decision == null || decision == PhoneIntake.CallDecision.CONFIRM) {
            violations.add(new FieldViolation(CALL_DECISION, "choose: a note on an open case (NOTE) or a new case "
                    + "(REGISTER)"));
        } else if (decision == PhoneIntake.CallDecision.NOTE && text(task, NOTE_CASE_NUMBER) == null) {
            violations.add(new FieldViolation(NOTE_CASE_NUMBER, "choose the open case the call is about"));
        } else if (decision == PhoneIntake.CallDecision.REGISTER) {
            if (text(task, CALLER_NAME) == null) {
                violations.add(new FieldViolation(CALLER_NAME, "is required for a new case"));
            }
            if (text(task, CONTRACT) == null) {
                violations.add(new FieldViolation(CONTRACT, "choose the contract the case is for"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }
}
