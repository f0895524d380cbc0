package com.weibao.knowledge.process;

import com.weibao.knowledge.KnowledgeService;
import com.weibao.knowledge.ReviewDecision;
import com.weibao.platform.engine.EngineCallers;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete listener of Task_ReviewArticle: publishes, or refuses with the lead's remarks. */
@Component("articleReviewed")
class ArticleReviewedListener implements TaskListener {

    private final KnowledgeService knowledge;

    ArticleReviewedListener(KnowledgeService knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public void notify(DelegateTask task) {
        ArticleForm form = new ArticleForm(task);
        knowledge.recordReview(knowledge.idOfProcess(task.getProcessInstanceId()),
                form.enumValue(ArticleReviewProcess.REVIEW_DECISION, ReviewDecision.class),
                form.take(ArticleReviewProcess.REMARKS), EngineCallers.actor(task, ArticleReviewProcess.SYSTEM_ACTOR));
    }
}
