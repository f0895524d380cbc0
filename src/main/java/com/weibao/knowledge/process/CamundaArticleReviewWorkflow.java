package com.weibao.knowledge.process;

import com.weibao.knowledge.ArticleReviewWorkflow;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Starts ArticleReviewProcess in the vendor's tenant (no contract variable): reviews are the vendor's work. The
 * business key article-&lt;id&gt; is for people in Cockpit; the article keeps the process instance's id.
 */
@Component
class CamundaArticleReviewWorkflow implements ArticleReviewWorkflow {

    private final RuntimeService runtime;

    CamundaArticleReviewWorkflow(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public String startReview(long articleId, String author) {
        return runtime.createProcessInstanceByKey(ArticleReviewProcess.KEY)
                .businessKey(ArticleReviewProcess.businessKey(articleId))
                .setVariables(Variables.createVariables().putValue(ArticleReviewProcess.AUTHOR, author))
                .execute().getId();
    }
}
