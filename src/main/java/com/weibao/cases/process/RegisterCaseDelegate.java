package com.weibao.cases.process;

import com.weibao.cases.SupportCaseService;
import com.weibao.cases.SupportCase;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_RegisterCase: turns the intake variables into a case; the process keeps its id and number. */
@Component("registerCase")
class RegisterCaseDelegate implements JavaDelegate {

    private final SupportCaseService cases;

    RegisterCaseDelegate(SupportCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String actor = Actors.of(execution, new FormValues(execution).text(CaseVariables.REGISTERED_BY));
        SupportCase registered = cases.register(CaseVariables.newCase(execution, actor),
                execution.getProcessInstanceId());
        execution.removeVariables(CaseVariables.INTAKE_ONLY);
        execution.setVariable(CaseVariables.CASE_ID, registered.getId());
        execution.setVariable(CaseVariables.CASE_NUMBER, registered.getNumber());
        execution.setProcessBusinessKey(registered.getNumber());
    }
}
