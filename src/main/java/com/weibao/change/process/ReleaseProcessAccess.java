package com.weibao.change.process;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import com.weibao.platform.identity.FeatureAccess;
import com.weibao.platform.identity.IdentityAdmin;
import org.springframework.stereotype.Component;

/**
 * Releases are planned through /api/releases, not in Tasklist; everybody reads the definition (Tasklist needs it for
 * the task forms). Who sees which task comes from the candidate groups and the hospital's tenant.
 */
@Component
class ReleaseProcessAccess implements FeatureAccess {

    @Override
    public void grant(IdentityAdmin admin) {
        admin.grantEveryone(PROCESS_DEFINITION, ReleaseProcess.KEY, READ);
    }
}
