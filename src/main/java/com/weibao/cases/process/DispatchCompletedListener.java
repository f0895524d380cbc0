package com.weibao.cases.process;

import com.weibao.cases.SupportCaseService;
import com.weibao.platform.engine.EngineCallers;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of Task_DispatchCase: assigns the chosen engineer to the case, whose support and resolution tasks
 * then go to the case's assignee (the form's choice is not kept in the process).
 */
@Component("dispatchCompleted")
class DispatchCompletedListener implements TaskListener {

    private final SupportCaseService cases;

    DispatchCompletedListener(SupportCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        cases.dispatch(cases.idOfProcess(task.getProcessInstanceId()), form.take(CaseVariables.ASSIGNEE),
                form.take("dispatchNote"), EngineCallers.actor(task, CaseProcess.SYSTEM_ACTOR));
    }
}
