package com.weibao.cases.process;

import com.weibao.cases.SupportCase;
import com.weibao.cases.SupportCaseService;
import com.weibao.platform.engine.EngineCallers;
import com.weibao.platform.engine.EngineCalls;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Task_HandOverToHospital (移交医院处理): triage has assigned the contract of a case that came in without one, so its
 * hospital is known. Camunda cannot move a running instance to another tenant: the case goes on in a new instance
 * of the case process in the hospital's tenant (StartEvent_CaseHandedOver, then dispatch), and this instance, in the
 * desk's tenant that no hospital user belongs to, ends at EndEvent_CaseHandedOver. The case's link to its process and
 * its SLA watchers move to the new instance. The new instance waits after its start event, so its steps run only
 * once the case points to it.
 */
@Component("handOverCase")
class HandOverCaseDelegate implements JavaDelegate {

    private final SupportCaseService cases;
    private final EngineCalls engineCalls;

    HandOverCaseDelegate(SupportCaseService cases, EngineCalls engineCalls) {
        this.cases = cases;
        this.engineCalls = engineCalls;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = cases.idOfProcess(execution.getProcessInstanceId());
        SupportCase supportCase = cases.get(caseId);
        String actor = EngineCallers.actor(execution, CaseProcess.SYSTEM_ACTOR);
        ProcessInstance continued = engineCalls.asApplication(() -> execution.getProcessEngineServices()
                .getRuntimeService().createMessageCorrelation(CaseProcess.MESSAGE_CASE_HANDED_OVER)
                .processInstanceBusinessKey(supportCase.getNumber())
                .setVariables(CaseVariables.handOverVariables(supportCase))
                .correlateStartMessage());
        cases.handOverToHospital(caseId, continued.getId(), actor);
    }
}
