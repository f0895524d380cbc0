package com.weibao.sla.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End of StartEvent_SlaTargetArmed: the watcher keeps its target's id in its own scope. The arming message
 * brings the id as a transient variable of the process instance; several watchers run side by side, so each
 * copies it into the event subprocess instance before its timers and messages read it.
 */
@Component("slaWatcherStarted")
class SlaWatcherStartedListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariableLocal(SlaWatchProcess.TARGET_VARIABLE,
                execution.getVariable(SlaWatchProcess.ARMED_TARGET_VARIABLE));
    }
}
