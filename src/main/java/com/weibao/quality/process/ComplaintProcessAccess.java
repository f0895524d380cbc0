package com.weibao.quality.process;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import com.weibao.platform.identity.FeatureAccess;
import com.weibao.platform.identity.IdentityAdmin;
import com.weibao.platform.security.Roles;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * The service managers and team leads read complaint processes (Cockpit, Tasklist); hospitals do not (they read
 * their complaints through the API). The filter 待处理投诉 lists the complaint tasks the user is a candidate for:
 * a manager complained about does not find the complaint there once it went to the other managers.
 */
@Component
class ComplaintProcessAccess implements FeatureAccess {

    private final TaskService tasks;

    ComplaintProcessAccess(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public void grant(IdentityAdmin admin) {
        for (String group : new String[] {Roles.MANAGERS, Roles.LEADS}) {
            admin.grantGroup(group, PROCESS_DEFINITION, ComplaintProcess.KEY, READ, READ_INSTANCE);
        }
        admin.taskFilter("待处理投诉", -5, "交给我（或我所在组）调查处理的投诉，最早到期的在前", "#c92a2a",
                tasks.createTaskQuery().taskDefinitionKey(ComplaintProcess.INVESTIGATE)
                        .taskCandidateUserExpression("${currentUser()}").includeAssignedTasks()
                        .orderByDueDate().asc(), Roles.MANAGERS, Roles.LEADS);
    }
}
