package com.weibao.change.process;

import com.weibao.change.Release;
import com.weibao.change.ReleaseWorkflow;
import com.weibao.platform.engine.HospitalTenancy;
import com.weibao.platform.security.Roles;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** ReleaseProcess on Camunda: one instance per release, business key = its reference, in its hospital's tenant. */
@Component
class CamundaReleaseWorkflow implements ReleaseWorkflow {

    private final RuntimeService runtime;

    CamundaReleaseWorkflow(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public String start(Release release) {
        return runtime.createProcessInstanceByKey(ReleaseProcess.KEY).businessKey(release.getReference())
                .setVariables(Variables.createVariables()
                        .putValue(HospitalTenancy.CONTRACT_CODE, release.getContractCode())
                        .putValue(ReleaseSteps.APPROVER_GROUP, Roles.hospitalItGroup(release.getHospitalCode())))
                .execute().getId();
    }
}
