package com.weibao.cases.process;

import com.weibao.cases.CaseFormView;
import com.weibao.cases.SupportCaseService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Create listener of every case task: gives the form a read-only view of the case, local to the task. */
@Component("caseView")
class CaseViewListener implements TaskListener {

    private final SupportCaseService cases;
    private final JsonVariables json;

    CaseViewListener(SupportCaseService cases, JsonVariables json) {
        this.cases = cases;
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        long caseId = (Long) task.getVariable(CaseVariables.CASE_ID);
        task.setVariableLocal(CaseVariables.CASE_VIEW, json.of(CaseFormView.of(cases.get(caseId))));
    }
}
