package com.weibao.cases.process;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import com.weibao.platform.identity.FeatureAccess;
import com.weibao.platform.identity.IdentityAdmin;
import com.weibao.platform.security.Roles;
import org.springframework.stereotype.Component;

/** Hotline agents and team leads start cases; everybody reads case instances of the tenants they belong to. */
@Component
class CaseProcessAccess implements FeatureAccess {

    @Override
    public void grant(IdentityAdmin admin) {
        // reading case process instances (tenant-limited) lets Tasklist show the case number and level in task lists
        admin.grantEveryone(PROCESS_DEFINITION, CaseProcess.KEY, READ, READ_INSTANCE);
        for (String starter : new String[] {Roles.AGENTS, Roles.LEADS}) {
            admin.grantGroup(starter, PROCESS_DEFINITION, CaseProcess.KEY, READ, CREATE_INSTANCE);
        }
    }
}
