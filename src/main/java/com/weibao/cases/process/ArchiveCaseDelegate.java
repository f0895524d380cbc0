package com.weibao.cases.process;

import com.weibao.cases.SupportCaseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ArchiveCase: files the closed case in the searchable archive (CASE入库). */
@Component("archiveCase")
class ArchiveCaseDelegate implements JavaDelegate {

    private final SupportCaseService cases;

    ArchiveCaseDelegate(SupportCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.archive(cases.idOfProcess(execution.getProcessInstanceId()), CaseProcess.SYSTEM_ACTOR);
    }
}
