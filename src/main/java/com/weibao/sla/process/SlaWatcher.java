package com.weibao.sla.process;

import com.weibao.sla.CaseSlaTargetRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The target a watcher (an instance of the event subprocess 监控服务时限) watches, for its timers and escalation steps:
 * ${slaTimers.dueAt(slaWatcher.target(execution))}. The id comes from the watcher's own scope, where the arming
 * message put it; it counts only if the target belongs to the case of the watcher's process instance, so a
 * watcher never acts on another case's target.
 */
@Component("slaWatcher")
public class SlaWatcher {

    private final CaseSlaTargetRepository targets;

    SlaWatcher(CaseSlaTargetRepository targets) {
        this.targets = targets;
    }

    public long target(DelegateExecution execution) {
        Object value = execution.getVariable(SlaWatchProcess.TARGET_VARIABLE);
        if (!(value instanceof Long targetId)) {
            throw new IllegalStateException("the SLA watcher " + execution.getId() + " has no target");
        }
        if (!targets.isTargetOfProcess(targetId, execution.getProcessInstanceId())) {
            throw new IllegalStateException("SLA target " + targetId + " is not a target of the case of process "
                    + "instance " + execution.getProcessInstanceId());
        }
        return targetId;
    }
}
