package com.weibao.cases.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who did it: the user the engine is working for (Tasklist, /engine-rest), else the task's assignee.
 * The one place that reads the engine's authentication.
 */
final class Actors {

    static final String SYSTEM = "weibao";

    private Actors() {
    }

    static String of(DelegateTask task) {
        String user = currentUser(task);
        if (user != null) {
            return user;
        }
        return task.getAssignee() != null ? task.getAssignee() : SYSTEM;
    }

    /** The user who started the process (Tasklist start form), or the registering channel given as variable. */
    static String of(DelegateExecution execution, String givenActor) {
        if (givenActor != null) {
            return givenActor;
        }
        String user = engineUser(execution);
        return user == null ? SYSTEM : user;
    }

    /** The user the engine is working for (Tasklist, /engine-rest), if any. */
    static String engineUser(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    private static String currentUser(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
