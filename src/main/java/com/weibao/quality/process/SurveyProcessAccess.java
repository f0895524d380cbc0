package com.weibao.quality.process;

import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import com.weibao.platform.identity.FeatureAccess;
import com.weibao.platform.identity.IdentityAdmin;
import com.weibao.platform.security.Roles;
import com.weibao.quality.QualityRoles;
import org.springframework.stereotype.Component;

/**
 * The yearly satisfaction survey: service managers and team leads start it in Tasklist (the contract is checked
 * when it opens); the callback team works its calls; all three read its instances. Hospitals have no part in it
 * (their IT department reads the result document through the API).
 */
@Component
class SurveyProcessAccess implements FeatureAccess {

    @Override
    public void grant(IdentityAdmin admin) {
        for (String starter : new String[] {Roles.MANAGERS, Roles.LEADS}) {
            admin.grantGroup(starter, PROCESS_DEFINITION, SurveyProcess.KEY, READ, READ_INSTANCE, CREATE_INSTANCE);
            admin.grantGroup(starter, PROCESS_INSTANCE, "*", CREATE);
        }
        admin.grantGroup(QualityRoles.CALLBACKS, PROCESS_DEFINITION, SurveyProcess.KEY, READ, READ_INSTANCE);
    }
}
