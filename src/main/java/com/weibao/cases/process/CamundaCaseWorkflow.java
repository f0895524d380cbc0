package com.weibao.cases.process;

import com.weibao.cases.CaseWorkflow;
import com.weibao.cases.NewCase;
import com.weibao.cases.SupportCase;
import com.weibao.platform.engine.EngineCalls;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.stereotype.Component;

/** The case process on Camunda: starting it registers the case in the same transaction. */
@Component
class CamundaCaseWorkflow implements CaseWorkflow {

    private final RuntimeService runtime;
    private final EngineCalls engineCalls;

    CamundaCaseWorkflow(RuntimeService runtime, EngineCalls engineCalls) {
        this.runtime = runtime;
        this.engineCalls = engineCalls;
    }

    @Override
    public long start(NewCase newCase) {
        ProcessInstanceWithVariables instance = runtime.createProcessInstanceByKey(CaseProcess.KEY)
                .setVariables(CaseVariables.startVariables(newCase))
                .executeWithVariablesInReturn();
        return (Long) instance.getVariables().get(CaseVariables.CASE_ID);
    }

    /** Deferred to commit: the change may come from inside this very process (the repeat rule at triage). */
    @Override
    public void priorityChanged(SupportCase supportCase) {
        String processInstanceId = supportCase.getProcessInstanceId();
        String priority = supportCase.getPriority().name();
        engineCalls.beforeCommit(() -> runtime.setVariable(processInstanceId, CaseVariables.PRIORITY, priority));
    }

    /** Runs in the complaint process's step: the case process moves on as the application. */
    @Override
    public void complaintAnswered(SupportCase supportCase) {
        engineCalls.runAsApplication(() -> runtime.createMessageCorrelation(CaseProcess.MESSAGE_COMPLAINT_ANSWERED)
                .processInstanceId(supportCase.getProcessInstanceId())
                .correlate());
    }

    /** The reply may come from the reporter's hospital user, who may not move the vendor's process: as application. */
    @Override
    public void reporterReplied(SupportCase supportCase) {
        engineCalls.runAsApplication(() -> runtime.createMessageCorrelation(CaseProcess.MESSAGE_REPORTER_REPLIED)
                .processInstanceId(supportCase.getProcessInstanceId())
                .correlate());
    }
}
