package com.weibao.quality.process;

import com.weibao.platform.engine.EngineCalls;
import com.weibao.quality.ComplaintWorkflow;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Starts ComplaintProcess in the contract's hospital tenant (by contract code), business key {@code complaint:} and
 * the reference. No complaint id travels in the process: the complaint row keeps the returned process instance id
 * (the start event waits, so no listener runs before it is stored) and the listeners find their complaint by it.
 */
@Component
class CamundaComplaintWorkflow implements ComplaintWorkflow {

    private final RuntimeService runtime;
    private final IdentityService identity;
    private final EngineCalls engineCalls;

    CamundaComplaintWorkflow(RuntimeService runtime, IdentityService identity, EngineCalls engineCalls) {
        this.runtime = runtime;
        this.identity = identity;
        this.engineCalls = engineCalls;
    }

    @Override
    public String start(String reference, String contractCode, Instant dueAt) {
        // a hospital's user files complaints without rights on the vendor's process: the application starts it
        return engineCalls.asApplication(() -> runtime.createProcessInstanceByKey(ComplaintProcess.KEY)
                .businessKey(ComplaintProcess.businessKey(reference))
                .setVariables(Variables.createVariables()
                        .putValue(ComplaintProcess.REFERENCE, reference)
                        .putValue(ComplaintProcess.CONTRACT_CODE, contractCode)
                        .putValue(ComplaintProcess.DUE_AT, Date.from(dueAt)))
                .execute().getId());
    }

    @Override
    public List<String> membersOf(String group) {
        return engineCalls.asApplication(() -> identity.createUserQuery().memberOfGroup(group).orderByUserId().asc()
                .list().stream().map(User::getId).toList());
    }
}
