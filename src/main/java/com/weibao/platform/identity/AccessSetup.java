package com.weibao.platform.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.UPDATE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.UPDATE_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import com.weibao.platform.engine.HospitalTenancy;
import com.weibao.platform.security.Roles;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Weibao's roles as Camunda groups and what each may do, in every profile: who uses which webapp, who
 * starts cases, who sees all tasks, who watches in Cockpit, and the administrators who may do everything. Task visibility for everybody else comes from
 * the candidate groups in the BPMN; hospital isolation from tenants (see {@link CamundaHospitalDirectory}). Who may
 * start or read which process, each feature adds ({@link FeatureAccess}).
 */
@Component
@Order(1)
class AccessSetup implements ApplicationRunner {

    private final IdentityAdmin admin;
    private final TaskService tasks;
    private final List<FeatureAccess> features;

    AccessSetup(IdentityAdmin admin, TaskService tasks, List<FeatureAccess> features) {
        this.admin = admin;
        this.tasks = tasks;
        this.features = features;
    }

    @Override
    public void run(ApplicationArguments args) {
        admin.group(Groups.CAMUNDA_ADMIN, "系统管理员", Groups.GROUP_TYPE_SYSTEM);
        admin.group(Roles.AGENTS, "热线坐席", Groups.GROUP_TYPE_WORKFLOW);
        admin.group(Roles.ENGINEERS, "工程师", Groups.GROUP_TYPE_WORKFLOW);
        admin.group(Roles.LEADS, "组长", Groups.GROUP_TYPE_WORKFLOW);
        admin.group(Roles.MANAGERS, "服务经理", Groups.GROUP_TYPE_WORKFLOW);
        admin.group(Roles.MONITORING, "运行监控（Prometheus）", Groups.GROUP_TYPE_SYSTEM);
        // the vendor's desk: processes of no hospital, or of none yet (HospitalTenancy); no hospital group is a member
        admin.tenant(HospitalTenancy.DESK, "维保服务台（未定医院）");
        for (String vendorGroup : Roles.VENDOR_GROUPS) {
            admin.tenantGroup(HospitalTenancy.DESK, vendorGroup);
        }

        // what Camunda's own first-administrator setup gives its group: everything on every resource (Cockpit,
        // Admin, users, groups, authorizations, unlocking users, ...)
        for (Resources resource : Resources.values()) {
            admin.grantGroup(Roles.ADMINS, resource, "*", ALL);
        }

        admin.grantEveryone(APPLICATION, "tasklist", ACCESS);
        admin.grantEveryone(APPLICATION, "welcome", ACCESS);
        // filters are shown per role (below); a global read on every filter, given by earlier versions, is taken back
        admin.revokeEveryone(FILTER, "*");

        for (String starter : new String[] {Roles.AGENTS, Roles.LEADS}) {
            admin.grantGroup(starter, PROCESS_INSTANCE, "*", CREATE);
            admin.grantGroup(starter, USER, "*", READ);
            admin.grantGroup(starter, GROUP, "*", READ);
        }
        admin.grantGroup(Roles.LEADS, PROCESS_DEFINITION, "*", READ, READ_TASK, UPDATE_TASK);
        for (String watcher : new String[] {Roles.LEADS, Roles.MANAGERS}) {
            admin.grantGroup(watcher, APPLICATION, "cockpit", ACCESS);
            admin.grantGroup(watcher, PROCESS_DEFINITION, "*", READ, READ_INSTANCE, READ_HISTORY, READ_TASK);
            admin.grantGroup(watcher, PROCESS_INSTANCE, "*", READ);
            admin.grantGroup(watcher, DECISION_DEFINITION, "*", READ,
                    org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY);
            admin.grantGroup(watcher, DEPLOYMENT, "*", READ);
            admin.grantGroup(watcher, USER, "*", READ);
            admin.grantGroup(watcher, GROUP, "*", READ);
        }
        admin.grantGroup(Roles.MANAGERS, PROCESS_INSTANCE, "*", READ, UPDATE);
        features.forEach(feature -> feature.grant(admin));

        // the filters every role has; features add their own queues (FeatureAccess)
        String[] vendor = Roles.VENDOR_GROUPS.toArray(String[]::new);
        admin.taskFilter("我的任务", -10, "分配给我的任务，最紧急的在前", "#2c7be5",
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
        admin.taskFilter("我的组任务", -9, "我所在组可以领取的任务", "#00a3a3", tasks.createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks().orderByDueDate().asc());
        admin.taskFilter("即将超时", -2, "四小时内到期或已超时的任务（按服务时限）", "#d9342b", tasks.createTaskQuery()
                .dueBeforeExpression("${dateTime().plusHours(4).toDate()}").orderByDueDate().asc(), vendor);
        admin.taskFilter("院方待办", -1, "等待院方处理：审批、确认、签字", "#7b4fc9",
                tasks.createTaskQuery().taskCandidateGroupLike(Roles.ANY_HOSPITAL_GROUP).orderByDueDate().asc());
        admin.taskFilter("全部可见任务", 0, "我有权查看的所有任务", "#555555", tasks.createTaskQuery().orderByDueDate().asc());
    }
}
