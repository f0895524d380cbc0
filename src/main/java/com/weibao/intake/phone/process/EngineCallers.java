package com.weibao.intake.phone.process;

import com.weibao.platform.security.Caller;
import com.weibao.platform.security.CallerDirectory;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who the phone process works for: the user the engine is working for (the agent in Tasklist), as a
 * {@link Caller} with their groups and hospitals, or the hotline itself when a job or the CTI webhook runs it.
 * The one place of this package that reads the engine's authentication.
 */
@Component
class EngineCallers {

    static final String HOTLINE = "hotline";

    private final CallerDirectory callers;

    EngineCallers(CallerDirectory callers) {
        this.callers = callers;
    }

    String userId(DelegateExecution execution) {
        return userId(execution.getProcessEngineServices().getIdentityService());
    }

    String userId(DelegateTask task) {
        String user = userId(task.getProcessEngineServices().getIdentityService());
        return user.equals(HOTLINE) && task.getAssignee() != null ? task.getAssignee() : user;
    }

    Caller caller(DelegateExecution execution) {
        return caller(execution.getProcessEngineServices().getIdentityService(), userId(execution));
    }

    Caller caller(DelegateTask task) {
        return caller(task.getProcessEngineServices().getIdentityService(), userId(task));
    }

    private static String userId(IdentityService identity) {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? HOTLINE : authentication.getUserId();
    }

    /** Looks the user's groups and hospitals up with the application's rights (an agent may not list tenants). */
    private Caller caller(IdentityService identity, String userId) {
        if (userId.equals(HOTLINE)) {
            return Caller.system(HOTLINE);
        }
        Authentication current = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return callers.caller(userId);
        } finally {
            if (current != null) {
                identity.setAuthentication(current);
            }
        }
    }
}
