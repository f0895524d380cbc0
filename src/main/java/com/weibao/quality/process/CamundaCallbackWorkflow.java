package com.weibao.quality.process;

import com.weibao.quality.CallbackWorkflow;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Starts CallbackProcess in the case's hospital tenant (by contract code). Its business key is {@code callback:}
 * and the case number, so a look-up of the case's process by its number still finds the case process alone. No
 * callback id travels in the process: the callback row keeps the returned process instance id (the first wait is
 * the delay's timer, so no listener runs before it is stored) and the listeners find their callback by it.
 */
@Component
class CamundaCallbackWorkflow implements CallbackWorkflow {

    private final RuntimeService runtime;

    CamundaCallbackWorkflow(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public String start(String caseNumber, String contractCode, String teamGroup, Instant dueAt) {
        return runtime.createProcessInstanceByKey(CallbackProcess.KEY)
                .businessKey(CallbackProcess.businessKey(caseNumber))
                .setVariables(Variables.createVariables()
                        .putValue(CallbackProcess.CASE_NUMBER, caseNumber)
                        .putValue(CallbackProcess.CONTRACT_CODE, contractCode)
                        .putValue(CallbackProcess.GROUP, teamGroup)
                        .putValue(CallbackProcess.DUE_AT, Date.from(dueAt)))
                .execute().getId();
    }
}
