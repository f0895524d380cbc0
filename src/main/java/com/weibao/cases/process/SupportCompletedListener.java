package com.weibao.cases.process;

import com.weibao.cases.SupportCaseService;
import com.weibao.cases.SupportMode;
import com.weibao.cases.SupportOutcome;
import com.weibao.cases.SupportReport;
import com.weibao.platform.engine.EngineCallers;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of Task_SupportCase: records the support given, a solution plan, the need to go on site, and
 * what comes next; for "agree a time" the agreed time becomes the variable the waiting timer reads.
 */
@Component("supportCompleted")
class SupportCompletedListener implements TaskListener {

    private final SupportCaseService cases;

    SupportCompletedListener(SupportCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        SupportReport report = new SupportReport(form.takeEnum("supportMode", SupportMode.class),
                form.takeInstant("supportStartedAt"), form.takeInstant("supportEndedAt"), form.take("supportNotes"),
                form.take("solutionPlan"), Boolean.parseBoolean(form.take("onsiteRequired")),
                form.enumValue(CaseVariables.SUPPORT_OUTCOME, SupportOutcome.class), form.take("remoteAccessPurpose"),
                form.take("reporterQuestion"), form.takeInstant(CaseVariables.AGREED_TIME));
        cases.reportSupport(cases.idOfProcess(task.getProcessInstanceId()), report, EngineCallers.actor(task, CaseProcess.SYSTEM_ACTOR));
        if (report.outcome() == SupportOutcome.AGREE_TIME) {
            task.setVariable(CaseVariables.AGREED_TIME, Date.from(report.agreedTime()));
        }
    }
}
