package com.weibao.cases.process;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import com.weibao.platform.identity.FeatureAccess;
import com.weibao.platform.identity.IdentityAdmin;
import com.weibao.platform.security.Roles;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Hotline agents, team leads and each hospital's IT department (its own contracts, checked when the case is
 * registered) start cases; everybody reads case instances of the tenants they belong to; the desk
 * has its queues in Tasklist (待分级, 待派发).
 */
@Component
class CaseProcessAccess implements FeatureAccess {

    private final TaskService tasks;

    CaseProcessAccess(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public void grant(IdentityAdmin admin) {
        // reading case process instances (tenant-limited) lets Tasklist show the case number and level in task lists
        admin.grantEveryone(PROCESS_DEFINITION, CaseProcess.KEY, READ, READ_INSTANCE);
        for (String starter : new String[] {Roles.AGENTS, Roles.LEADS}) {
            admin.grantGroup(starter, PROCESS_DEFINITION, CaseProcess.KEY, READ, CREATE_INSTANCE);
        }
        String[] desk = {Roles.AGENTS, Roles.LEADS, Roles.MANAGERS};
        admin.taskFilter("待分级", -8, "新工单：确认类别、系统与故障级别", "#e6a100", tasks.createTaskQuery()
                .taskDefinitionKey("Task_TriageCase").orderByDueDate().asc(), desk);
        admin.taskFilter("待派发", -7, "已分级、等待派给工程师的工单", "#e67e00", tasks.createTaskQuery()
                .taskDefinitionKey("Task_DispatchCase").orderByDueDate().asc(), desk);
    }

    @Override
    public void grantHospital(IdentityAdmin admin, String hospitalCode) {
        // seed 000's CASE flow starts with the hospital's IT department registering the fault
        String it = Roles.hospitalItGroup(hospitalCode);
        admin.grantGroup(it, PROCESS_DEFINITION, CaseProcess.KEY, READ, CREATE_INSTANCE);
        admin.grantGroup(it, PROCESS_INSTANCE, "*", CREATE);
    }
}
