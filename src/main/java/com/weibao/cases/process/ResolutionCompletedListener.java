package com.weibao.cases.process;

import com.weibao.cases.SupportCaseService;
import com.weibao.cases.FaultType;
import com.weibao.platform.engine.EngineCallers;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete listener of Task_ResolveCase: the closure data (fault type, cause, resolution); 沉淀为知识 if ticked. */
@Component("resolutionCompleted")
class ResolutionCompletedListener implements TaskListener {

    private final SupportCaseService cases;

    ResolutionCompletedListener(SupportCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        long caseId = cases.idOfProcess(task.getProcessInstanceId());
        String actor = EngineCallers.actor(task, CaseProcess.SYSTEM_ACTOR);
        boolean proposeArticle = "true".equals(form.take("proposeArticle"));
        cases.resolve(caseId, form.takeEnum("faultType", FaultType.class), form.take("rootCause"),
                form.take("resolution"), actor);
        if (proposeArticle) {
            cases.proposeArticle(caseId, actor);
        }
    }
}
