package com.weibao.change.process;

import com.weibao.change.ExpertPanel;
import com.weibao.change.ExpertPanelWorkflow;
import com.weibao.platform.engine.HospitalTenancy;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * ExpertPanelProcess on Camunda: one instance per panel, business key = its reference, in its hospital's tenant. The
 * experts and the convener are not variables: {@link ExpertPanelRouting} reads them from the panel's table.
 */
@Component
class CamundaExpertPanelWorkflow implements ExpertPanelWorkflow {

    private final RuntimeService runtime;

    CamundaExpertPanelWorkflow(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public String start(ExpertPanel panel) {
        return runtime.createProcessInstanceByKey(ExpertPanelProcess.KEY).businessKey(panel.getReference())
                .setVariables(Variables.createVariables()
                        .putValue(HospitalTenancy.CONTRACT_CODE, panel.getContractCode()))
                .execute().getId();
    }
}
