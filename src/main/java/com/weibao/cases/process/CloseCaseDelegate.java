package com.weibao.cases.process;

import com.weibao.cases.SupportCaseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseCase: closes the case and files its fault report. */
@Component("closeCase")
class CloseCaseDelegate implements JavaDelegate {

    private final SupportCaseService cases;

    CloseCaseDelegate(SupportCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.close(cases.idOfProcess(execution.getProcessInstanceId()), CaseProcess.SYSTEM_ACTOR);
    }
}
