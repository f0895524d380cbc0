package com.weibao.cases.process;

import com.weibao.cases.SupportCase;
import com.weibao.cases.SupportCaseService;
import com.weibao.platform.engine.EngineCalls;
import com.weibao.platform.security.Caller;
import com.weibao.platform.security.CallerDirectory;
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
    private final CallerDirectory callers;
    private final EngineCalls engineCalls;

    RegisterCaseDelegate(SupportCaseService cases, CallerDirectory callers, EngineCalls engineCalls) {
        this.cases = cases;
        this.callers = callers;
        this.engineCalls = engineCalls;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String actor = Actors.of(execution, new FormValues(execution).text(CaseVariables.REGISTERED_BY));
        String user = Actors.engineUser(execution);
        // with the application's rights: a user may not list the tenants (hospitals) they belong to
        Caller startedBy = user == null ? null : engineCalls.asApplication(() -> callers.caller(user));
        SupportCase registered = cases.register(CaseVariables.newCase(execution, actor),
                execution.getProcessInstanceId(), startedBy);
        execution.removeVariables(CaseVariables.INTAKE_ONLY);
        execution.setVariable(CaseVariables.CASE_ID, registered.getId());
        execution.setVariable(CaseVariables.CASE_NUMBER, registered.getNumber());
        execution.setProcessBusinessKey(registered.getNumber());
    }
}
