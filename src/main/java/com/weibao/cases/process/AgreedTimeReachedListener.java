package com.weibao.cases.process;

import com.weibao.cases.SupportCaseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End of Event_AgreedTimeReached: the time agreed with the hospital has come, the case is worked on again. */
@Component("agreedTimeReached")
class AgreedTimeReachedListener implements ExecutionListener {

    private final SupportCaseService cases;

    AgreedTimeReachedListener(SupportCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        cases.agreedTimeReached(cases.idOfProcess(execution.getProcessInstanceId()));
        execution.removeVariable(CaseVariables.AGREED_TIME);
    }
}
