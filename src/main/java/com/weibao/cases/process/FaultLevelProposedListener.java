package com.weibao.cases.process;

import com.weibao.cases.SupportCaseService;
import com.weibao.contract.Priority;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** End of Task_ProposeFaultLevel: the decision's level becomes the case's level until triage confirms it. */
@Component("faultLevelProposed")
class FaultLevelProposedListener implements ExecutionListener {

    private final SupportCaseService cases;

    FaultLevelProposedListener(SupportCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        FormValues values = new FormValues(execution);
        cases.proposePriority(cases.idOfProcess(execution.getProcessInstanceId()),
                values.enumValue(CaseVariables.PRIORITY, Priority.class));
    }
}
