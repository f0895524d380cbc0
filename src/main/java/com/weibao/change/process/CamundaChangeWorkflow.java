package com.weibao.change.process;

import com.weibao.change.Change;
import com.weibao.change.ChangeWorkflow;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** ChangeProcess on Camunda: one instance per change, business key = the change's reference, in its hospital's tenant. */
@Component
class CamundaChangeWorkflow implements ChangeWorkflow {

    private final RuntimeService runtime;

    CamundaChangeWorkflow(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public String start(Change change) {
        return runtime.createProcessInstanceByKey(ChangeProcess.KEY).businessKey(change.getReference())
                .setVariables(ChangeVariables.startVariables(change)).execute().getId();
    }
}
