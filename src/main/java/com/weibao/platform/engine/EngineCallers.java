package com.weibao.platform.engine;

import com.weibao.platform.security.Caller;
import com.weibao.platform.security.CallerDirectory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who is acting in a process step: the user the engine works for (Tasklist, /engine-rest), else a task's assignee,
 * else the feature's own name for itself (a job, a timer, the channel that started the process). The one place that
 * reads the engine's authentication; {@link #caller} adds the user's groups and hospitals.
 */
@Component
public class EngineCallers {

    private final CallerDirectory callers;
    private final EngineCalls engineCalls;

    public EngineCallers(CallerDirectory callers, EngineCalls engineCalls) {
        this.callers = callers;
        this.engineCalls = engineCalls;
    }

    /** The user the engine works for, if a person (not a job or the application) is driving it; else null. */
    public static String engineUser(ProcessEngineServicesAware scope) {
        Authentication authentication = scope.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    /** The engine's user, else the task's assignee, else {@code system}. */
    public static String actor(DelegateTask task, String system) {
        String user = engineUser(task);
        if (user != null) {
            return user;
        }
        return task.getAssignee() != null ? task.getAssignee() : system;
    }

    /** The engine's user, else {@code system}. */
    public static String actor(DelegateExecution execution, String system) {
        String user = engineUser(execution);
        return user == null ? system : user;
    }

    /** The acting user with their groups and hospitals, or {@code system} when no person acts. */
    public Caller caller(DelegateExecution execution, String system) {
        return caller(actor(execution, system), system);
    }

    /** The acting user (or the task's assignee) with their groups and hospitals, or {@code system}. */
    public Caller caller(DelegateTask task, String system) {
        return caller(actor(task, system), system);
    }

    /** Looks the user's groups and hospitals up with the application's rights (an agent may not list tenants). */
    public Caller caller(String userId) {
        return engineCalls.asApplication(() -> callers.caller(userId));
    }

    private Caller caller(String actor, String system) {
        return actor.equals(system) ? Caller.system(system) : caller(actor);
    }
}
