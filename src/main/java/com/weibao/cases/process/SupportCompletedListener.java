package com.weibao.cases.process;

import com.weibao.cases.SupportCaseService;
import com.weibao.cases.SupportMode;
import com.weibao.cases.SupportOutcome;
import com.weibao.cases.SupportReport;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete listener of Task_SupportCase: records the support given and what comes next. */
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
                form.enumValue(CaseVariables.SUPPORT_OUTCOME, SupportOutcome.class), form.take("remoteAccessPurpose"),
                form.take("reporterQuestion"));
        cases.reportSupport((Long) task.getVariable(CaseVariables.CASE_ID), report, Actors.of(task));
    }
}
