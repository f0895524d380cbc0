package com.weibao.intake.phone.process;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import com.weibao.platform.identity.FeatureAccess;
import com.weibao.platform.identity.IdentityAdmin;
import com.weibao.platform.security.Roles;
import org.springframework.stereotype.Component;

/** The hotline's 电话报修 start form: hotline agents and team leads. */
@Component
class PhoneCallProcessAccess implements FeatureAccess {

    @Override
    public void grant(IdentityAdmin admin) {
        for (String starter : new String[] {Roles.AGENTS, Roles.LEADS}) {
            admin.grantGroup(starter, PROCESS_DEFINITION, PhoneCallProcess.KEY, READ, CREATE_INSTANCE);
        }
    }
}
