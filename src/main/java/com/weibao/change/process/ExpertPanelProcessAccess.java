package com.weibao.change.process;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import com.weibao.platform.identity.FeatureAccess;
import com.weibao.platform.identity.IdentityAdmin;
import org.springframework.stereotype.Component;

/**
 * Panels are convened through /api/cases/{number}/expert-panels, not in Tasklist; everybody reads the definition
 * (Tasklist needs it for the task forms). The tasks are assigned to the experts and the convening lead.
 */
@Component
class ExpertPanelProcessAccess implements FeatureAccess {

    @Override
    public void grant(IdentityAdmin admin) {
        admin.grantEveryone(PROCESS_DEFINITION, ExpertPanelProcess.KEY, READ);
    }
}
