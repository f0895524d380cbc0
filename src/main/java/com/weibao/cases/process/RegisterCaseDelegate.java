package com.weibao.cases.process;

import com.weibao.cases.SupportCase;
import com.weibao.cases.SupportCaseService;
import com.weibao.platform.engine.EngineCallers;
import com.weibao.platform.security.Caller;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterCase: turns the intake variables into a case; the process keeps its id and number. The user the
 * engine works for, if any, started the process with the start form: the case is registered with their rights.
 */
@Component("registerCase")
class RegisterCaseDelegate implements JavaDelegate {

    private final SupportCaseService cases;
    private final EngineCallers callers;

    RegisterCaseDelegate(SupportCaseService cases, EngineCallers callers) {
        this.cases = cases;
        this.callers = callers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String registeredBy = new FormValues(execution).text(CaseVariables.REGISTERED_BY);
        String actor = registeredBy != null ? registeredBy : EngineCallers.actor(execution, CaseProcess.SYSTEM_ACTOR);
        String user = EngineCallers.engineUser(execution);
        Caller startedBy = user == null ? null : callers.caller(user);
        SupportCase registered = cases.register(CaseVariables.newCase(execution, actor),
                execution.getProcessInstanceId(), startedBy);
        execution.removeVariables(CaseVariables.INTAKE_ONLY);
        execution.setVariable(CaseVariables.CASE_ID, registered.getId());
        execution.setVariable(CaseVariables.CASE_NUMBER, registered.getNumber());
        execution.setProcessBusinessKey(registered.getNumber());
    }
}
