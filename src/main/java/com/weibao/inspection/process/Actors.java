package com.weibao.inspection.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;

/** Who did it: the user the engine works for (Tasklist, /engine-rest), else the task's assignee, else the system. */
final class Actors {

    static final String SYSTEM = "inspection";

    private Actors() {
    }

    static String of(DelegateTask task) {
        String user = currentUser(task);
        if (user != null) {
            return user;
        }
        return task.getAssignee() != null ? task.getAssignee() : SYSTEM;
    }

    /** The authenticated user, if a person (not a job or the application) is driving the engine. */
    static String currentUser(ProcessEngineServicesAware scope) {
        Authentication authentication = scope.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
