package com.weibao.knowledge.process;

import com.weibao.knowledge.ArticleReviewWorkflow;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Starts ArticleReviewProcess in the vendor's tenant (no contract variable): reviews are the vendor's work. */
@Component
class CamundaArticleReviewWorkflow implements ArticleReviewWorkflow {

    private final RuntimeService runtime;

    CamundaArticleReviewWorkflow(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public void startReview(long articleId, String author) {
        runtime.createProcessInstanceByKey(ArticleReviewProcess.KEY)
                .businessKey(ArticleReviewProcess.businessKey(articleId))
                .setVariables(Variables.createVariables().putValue(ArticleReviewProcess.AUTHOR, author))
                .execute();
    }
}
