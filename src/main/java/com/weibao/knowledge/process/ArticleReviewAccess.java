package com.weibao.knowledge.process;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import com.weibao.platform.identity.FeatureAccess;
import com.weibao.platform.identity.IdentityAdmin;
import org.springframework.stereotype.Component;

/**
 * Article reviews are started by the application when an author submits (REST); everybody reads the definition,
 * the tasks are seen through their candidate group (leads) and assignee (the author). No hospital grants.
 */
@Component
class ArticleReviewAccess implements FeatureAccess {

    @Override
    public void grant(IdentityAdmin admin) {
        admin.grantEveryone(PROCESS_DEFINITION, ArticleReviewProcess.KEY, READ);
    }
}
