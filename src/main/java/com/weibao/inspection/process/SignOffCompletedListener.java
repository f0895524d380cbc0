package com.weibao.inspection.process;

import com.weibao.inspection.InspectionService;
import com.weibao.inspection.SignOffDecision;
import com.weibao.platform.engine.EngineCallers;
import com.weibao.platform.security.CallerDirectory;
import com.weibao.platform.web.InvalidRequestException;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of Task_SignOffReport (one per department): the department signs the report version or
 * sends it back with a reason. A rejection sets signOffRejected, which ends the round for the other departments
 * too: the report changes, so everybody signs the next version. Only the department's members sign for it (a team
 * lead may see the task, but does not sign for the hospital).
 */
@Component("signOffCompleted")
class SignOffCompletedListener implements TaskListener {

    private final InspectionService inspections;
    private final CallerDirectory callers;

    SignOffCompletedListener(InspectionService inspections, CallerDirectory callers) {
        this.inspections = inspections;
        this.callers = callers;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = inspections.idOfProcess(task.getProcessInstanceId());
        String decisionText = InspectionVariables.text(task, InspectionVariables.SIGN_OFF_DECISION);
        SignOffDecision decision;
        try {
            decision = decisionText == null ? null : SignOffDecision.valueOf(decisionText.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of(InspectionVariables.SIGN_OFF_DECISION, "'" + decisionText
                    + "' is not SIGNED or REJECTED");
        }
        String user = EngineCallers.engineUser(task);
        inspections.signOff(id, (String) task.getVariable(InspectionVariables.SIGN_OFF_GROUP), decision,
                InspectionVariables.text(task, InspectionVariables.SIGN_OFF_REASON), EngineCallers.actor(task, InspectionProcess.SYSTEM_ACTOR),
                Optional.ofNullable(user).map(callers::caller));
        task.removeVariable(InspectionVariables.SIGN_OFF_DECISION);
        task.removeVariable(InspectionVariables.SIGN_OFF_REASON);
        task.removeVariable(InspectionVariables.VIEW);
        if (decision == SignOffDecision.REJECTED) {
            task.setVariable(InspectionVariables.SIGN_OFF_REJECTED, true);
        }
    }
}
