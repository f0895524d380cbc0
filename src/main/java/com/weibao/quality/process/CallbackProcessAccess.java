package com.weibao.quality.process;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import com.weibao.platform.engine.HospitalTenancy;
import com.weibao.platform.identity.FeatureAccess;
import com.weibao.platform.identity.IdentityAdmin;
import com.weibao.platform.security.Roles;
import com.weibao.quality.QualityRoles;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Component;

/**
 * The callback team's group (回访专员), a member of every hospital's tenant like the rest of the vendor's desk; the
 * callback team and the service managers read callback processes (Tasklist shows the case number). Hospitals do not.
 * The callback team's queue in Tasklist: 待回访 (callbacks of closed cases and the yearly survey's department calls).
 */
@Component
class CallbackProcessAccess implements FeatureAccess {

    private final TaskService tasks;

    CallbackProcessAccess(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public void grant(IdentityAdmin admin) {
        admin.group(QualityRoles.CALLBACKS, "回访专员", Groups.GROUP_TYPE_WORKFLOW);
        admin.tenantGroup(HospitalTenancy.DESK, QualityRoles.CALLBACKS);
        for (String group : new String[] {QualityRoles.CALLBACKS, Roles.MANAGERS, Roles.LEADS}) {
            admin.grantGroup(group, PROCESS_DEFINITION, CallbackProcess.KEY, READ, READ_INSTANCE);
        }
        admin.taskFilter("待回访", -6, "关闭工单的电话回访和年度满意度调查的科室电话，最早到期的在前", "#2f9e44",
                tasks.createTaskQuery().taskDefinitionKeyIn(CallbackProcess.CALL, SurveyProcess.CALL)
                        .orderByDueDate().asc(), QualityRoles.CALLBACKS, Roles.LEADS,
                Roles.MANAGERS);
    }

    @Override
    public void grantHospital(IdentityAdmin admin, String hospitalCode) {
        admin.group(QualityRoles.CALLBACKS, "回访专员", Groups.GROUP_TYPE_WORKFLOW);
        admin.tenantGroup(hospitalCode, QualityRoles.CALLBACKS);
    }
}
