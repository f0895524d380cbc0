package com.weibao.cases.process;

import com.weibao.cases.SupportCaseService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete listener of Task_DispatchCase: assigns the chosen engineer, who gets the support task. */
@Component("dispatchCompleted")
class DispatchCompletedListener implements TaskListener {

    private final SupportCaseService cases;

    DispatchCompletedListener(SupportCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        cases.dispatch((Long) task.getVariable(CaseVariables.CASE_ID), form.text(CaseVariables.ASSIGNEE),
                form.take("dispatchNote"), Actors.of(task));
    }
}
