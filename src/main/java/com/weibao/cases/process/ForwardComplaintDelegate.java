package com.weibao.cases.process;

import com.weibao.cases.SupportCaseService;
import com.weibao.platform.engine.EngineCallers;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ForwardComplaint (转服务经理处理投诉): a case triaged as 投诉 is not dispatched to an engineer; the complaint
 * handling (module quality, ComplaintProcess) takes it up from the case's change, and this process waits for the
 * answer (Event_ComplaintAnswered).
 */
@Component("forwardComplaint")
class ForwardComplaintDelegate implements JavaDelegate {

    private final SupportCaseService cases;

    ForwardComplaintDelegate(SupportCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.forwardComplaint(cases.idOfProcess(execution.getProcessInstanceId()),
                EngineCallers.actor(execution, CaseProcess.SYSTEM_ACTOR));
    }
}
