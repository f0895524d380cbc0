package com.weibao.report.process;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import com.weibao.platform.identity.FeatureAccess;
import com.weibao.platform.identity.IdentityAdmin;
import com.weibao.platform.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Contract reports: everybody reads the definition (the hospital's IT department works its 签收 task, given as a
 * candidate group); team leads and service managers start a review on demand (POST /api/reports/...).
 */
@Component
class ReportProcessAccess implements FeatureAccess {

    @Override
    public void grant(IdentityAdmin admin) {
        admin.grantEveryone(PROCESS_DEFINITION, ReportProcess.KEY, READ);
        for (String starter : new String[] {Roles.LEADS, Roles.MANAGERS}) {
            admin.grantGroup(starter, PROCESS_DEFINITION, ReportProcess.KEY, READ, CREATE_INSTANCE);
            admin.grantGroup(starter, PROCESS_INSTANCE, "*", CREATE);
        }
    }
}
