package com.weibao.cases.process;

import com.weibao.cases.SupportCaseService;
import com.weibao.cases.Satisfaction;
import com.weibao.platform.engine.EngineCallers;
import com.weibao.platform.web.InvalidRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete listener of Task_ConfirmResolution: the reporter's side confirms with a rating, or reopens. */
@Component("confirmationCompleted")
class ConfirmationCompletedListener implements TaskListener {

    private final SupportCaseService cases;

    ConfirmationCompletedListener(SupportCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        long caseId = cases.idOfProcess(task.getProcessInstanceId());
        Satisfaction satisfaction = form.takeEnum("satisfaction", Satisfaction.class);
        String feedback = form.take("feedback");
        String reopenReason = form.take("reopenReason");
        Decisions.Confirmation decision = form.enumValue(CaseVariables.CONFIRMATION, Decisions.Confirmation.class);
        if (decision == null) {
            throw InvalidRequestException.of(CaseVariables.CONFIRMATION, "confirm the resolution or reopen the case");
        }
        switch (decision) {
            case CONFIRMED -> cases.confirm(caseId, satisfaction, feedback, EngineCallers.actor(task, CaseProcess.SYSTEM_ACTOR));
            case REOPENED -> cases.reopen(caseId, reopenReason, EngineCallers.actor(task, CaseProcess.SYSTEM_ACTOR));
        }
    }
}
