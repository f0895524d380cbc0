package com.weibao.inspection.process;

import com.weibao.inspection.InspectionPlan;
import com.weibao.inspection.InspectionRequest;
import com.weibao.inspection.InspectionWorkflow;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The inspection processes on Camunda: starting an inspection registers it in the same transaction; each plan
 * has one schedule process (business key contract/plan) at the plan's schedule revision.
 */
@Component
class CamundaInspectionWorkflow implements InspectionWorkflow {

    private static final Logger log = LoggerFactory.getLogger(CamundaInspectionWorkflow.class);

    private final RuntimeService runtime;

    CamundaInspectionWorkflow(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public long start(InspectionRequest request) {
        ProcessInstanceWithVariables instance = runtime.createProcessInstanceByKey(InspectionProcess.KEY)
                .setVariables(InspectionVariables.startVariables(request))
                .executeWithVariablesInReturn();
        return (Long) instance.getVariables().get(InspectionVariables.INSPECTION_ID);
    }

    @Override
    public boolean ensureSchedule(InspectionPlan plan) {
        String key = ScheduleKey.of(plan).value();
        List<ProcessInstance> running = runtime.createProcessInstanceQuery()
                .processDefinitionKey(InspectionProcess.SCHEDULE_KEY).processInstanceBusinessKey(key).list();
        boolean current = false;
        for (ProcessInstance instance : running) {
            Object revision = runtime.getVariable(instance.getId(), InspectionVariables.SCHEDULE_REVISION);
            if (!current && Integer.valueOf(plan.getScheduleRevision()).equals(revision)) {
                current = true;
            } else {
                log.info("Replacing the schedule of {} (revision {} → {})", key, revision, plan.getScheduleRevision());
                runtime.deleteProcessInstance(instance.getId(), "巡检计划已变更（第 " + plan.getScheduleRevision() + " 版）");
            }
        }
        if (current) {
            return false;
        }
        runtime.createProcessInstanceByKey(InspectionProcess.SCHEDULE_KEY).businessKey(key)
                .setVariables(Variables.createVariables()
                        .putValue(InspectionVariables.CONTRACT_CODE, plan.getContract().getCode())
                        .putValue(InspectionVariables.SCHEDULE_PLAN, plan.getCode())
                        .putValue(InspectionVariables.SCHEDULE_REVISION, plan.getScheduleRevision()))
                .execute();
        log.info("Started the inspection schedule of {}", key);
        return true;
    }
}
