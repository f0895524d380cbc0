package com.weibao.inspection.process;

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
 * Inspections on demand: team leads, service managers and each hospital's IT department (its own contracts,
 * checked when the inspection starts) start them; everybody reads the definition.
 */
@Component
class InspectionProcessAccess implements FeatureAccess {

    @Override
    public void grant(IdentityAdmin admin) {
        admin.grantEveryone(PROCESS_DEFINITION, InspectionProcess.KEY, READ);
        for (String starter : new String[] {Roles.LEADS, Roles.MANAGERS}) {
            startsInspections(admin, starter);
        }
    }

    @Override
    public void grantHospital(IdentityAdmin admin, String hospitalCode) {
        startsInspections(admin, Roles.hospitalItGroup(hospitalCode));
    }

    private static void startsInspections(IdentityAdmin admin, String group) {
        admin.grantGroup(group, PROCESS_DEFINITION, InspectionProcess.KEY, READ, CREATE_INSTANCE);
        admin.grantGroup(group, PROCESS_INSTANCE, "*", CREATE);
    }
}
