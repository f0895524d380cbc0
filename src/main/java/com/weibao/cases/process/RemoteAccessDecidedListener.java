package com.weibao.cases.process;

import com.weibao.cases.SupportCaseService;
import com.weibao.platform.engine.EngineCallers;
import com.weibao.platform.web.InvalidRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete listener of Task_ApproveRemoteAccess: the hospital IT department's decision, with who and when. */
@Component("remoteAccessDecided")
class RemoteAccessDecidedListener implements TaskListener {

    private final SupportCaseService cases;

    RemoteAccessDecidedListener(SupportCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        Decisions.RemoteAccess decision = form.takeEnum("remoteAccessDecision", Decisions.RemoteAccess.class);
        String note = form.take("remoteAccessNote");
        if (decision == null) {
            throw InvalidRequestException.of("remoteAccessDecision", "grant or refuse the remote access");
        }
        cases.decideRemoteAccess(cases.idOfProcess(task.getProcessInstanceId()),
                decision == Decisions.RemoteAccess.GRANTED, note, EngineCallers.actor(task, CaseProcess.SYSTEM_ACTOR));
    }
}
