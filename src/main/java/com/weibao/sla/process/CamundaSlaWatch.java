package com.weibao.sla.process;

import com.weibao.platform.engine.EngineCalls;
import com.weibao.sla.CaseSlaTarget;
import com.weibao.sla.CaseSlaTargetRepository;
import com.weibao.sla.SlaWatch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Each watched target has one watcher in its case's process (an instance of the SLA event subprocess with the
 * target's timers). When a target changes, its watcher is ended and, if the target is still watched, a new one
 * starts with the new deadlines: no timer ever fires for an old deadline. Done before commit, once per target,
 * a transaction's changes in one engine command.
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

    /** All of a transaction's changes in one engine command, each process instance's state read once. */
    private void rearm(Map<Long, String> batch) {
        Map<String, List<Long>> byInstance = new LinkedHashMap<>();
        batch.forEach((targetId, processInstanceId) ->
                byInstance.computeIfAbsent(processInstanceId, id -> new ArrayList<>()).add(targetId));
        engineCalls.inOneCommand(() -> byInstance.forEach(this::rearm));
    }

    private void rearm(String processInstanceId, List<Long> targetIds) {
        boolean active = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).active()
                .count() > 0;
        for (Long targetId : targetIds) {
            // by name: the engine indexes subscriptions by event name, not by process instance
            String closing = SlaWatchProcess.closingMessage(targetId);
            if (runtime.createEventSubscriptionQuery().eventName(closing).processInstanceId(processInstanceId)
                    .count() > 0) {
                runtime.createMessageCorrelation(closing).processInstanceId(processInstanceId).correlate();
            }
            if (active && targets.findById(targetId).orElseThrow().isWatched()) {
                runtime.createMessageCorrelation(SlaWatchProcess.MESSAGE_ARMED)
                        .processInstanceId(processInstanceId)
                        .setVariable(SlaWatchProcess.ARMED_TARGET_VARIABLE, Variables.longValue(targetId, true))
                        .correlate();
            }
        }
    }
}
