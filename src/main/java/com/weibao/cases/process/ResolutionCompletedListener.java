package com.weibao.cases.process;

import com.weibao.cases.SupportCaseService;
import com.weibao.cases.FaultType;
import com.weibao.platform.engine.EngineCallers;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete listener of Task_ResolveCase: the closure data (fault type, cause, resolution). */
@Component("resolutionCompleted")
class ResolutionCompletedListener implements TaskListener {

    private final SupportCaseService cases;

    ResolutionCompletedListener(SupportCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        cases.resolve(cases.idOfProcess(task.getProcessInstanceId()), form.takeEnum("faultType", FaultType.class),
                form.take("rootCause"), form.take("resolution"), EngineCallers.actor(task, CaseProcess.SYSTEM_ACTOR));
    }
}
