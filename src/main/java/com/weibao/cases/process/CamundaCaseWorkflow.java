package com.weibao.cases.process;

import com.weibao.cases.CaseWorkflow;
import com.weibao.cases.NewCase;
import com.weibao.cases.SupportCase;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.stereotype.Component;

/** The case process on Camunda: starting it registers the case in the same transaction. */
@Component
class CamundaCaseWorkflow implements CaseWorkflow {

    private final RuntimeService runtime;

    CamundaCaseWorkflow(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public long start(NewCase newCase) {
        ProcessInstanceWithVariables instance = runtime.createProcessInstanceByKey(CaseProcess.KEY)
                .setVariables(CaseVariables.startVariables(newCase))
                .executeWithVariablesInReturn();
        return (Long) instance.getVariables().get(CaseVariables.CASE_ID);
    }

    @Override
    public void reporterReplied(SupportCase supportCase) {
        runtime.createMessageCorrelation(CaseProcess.MESSAGE_REPORTER_REPLIED)
                .processInstanceId(supportCase.getProcessInstanceId())
                .correlate();
    }
}
