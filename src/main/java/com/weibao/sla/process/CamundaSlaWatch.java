package com.weibao.sla.process;

import com.weibao.platform.engine.EngineCalls;
import com.weibao.sla.CaseSlaTarget;
import com.weibao.sla.CaseSlaTargetRepository;
import com.weibao.sla.SlaWatch;
import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Each watched target has one watcher in its case's process (an instance of the SLA event subprocess with the
 * target's timers). When a target changes, its watcher is ended and, if the target is still watched, a new one
 * starts with the new deadlines: no timer ever fires for an old deadline. Done before commit, once per target.
 */
@Component
class CamundaSlaWatch implements SlaWatch {

    private final RuntimeService runtime;
    private final CaseSlaTargetRepository targets;
    private final EngineCalls engineCalls;

    CamundaSlaWatch(RuntimeService runtime, CaseSlaTargetRepository targets, EngineCalls engineCalls) {
        this.runtime = runtime;
        this.targets = targets;
        this.engineCalls = engineCalls;
    }

    @Override
    public void refresh(String processInstanceId, Collection<CaseSlaTarget> changed) {
        Map<Long, String> batch = engineCalls.batchBeforeCommit(CamundaSlaWatch.class, this::rearm);
        changed.forEach(target -> batch.put(target.getId(), processInstanceId));
    }

    private void rearm(Map<Long, String> batch) {
        batch.forEach((targetId, processInstanceId) -> {
            String closing = SlaWatchProcess.closingMessage(targetId);
            if (runtime.createEventSubscriptionQuery().processInstanceId(processInstanceId).eventName(closing)
                    .count() > 0) {
                runtime.createMessageCorrelation(closing).processInstanceId(processInstanceId).correlate();
            }
            CaseSlaTarget target = targets.findById(targetId).orElseThrow();
            if (target.isWatched() && runtime.createProcessInstanceQuery().processInstanceId(processInstanceId)
                    .active().count() > 0) {
                runtime.createMessageCorrelation(SlaWatchProcess.MESSAGE_ARMED)
                        .processInstanceId(processInstanceId)
                        .setVariable(SlaWatchProcess.ARMED_TARGET_VARIABLE, Variables.longValue(targetId, true))
                        .correlate();
            }
        });
    }
}
