package com.weibao.knowledge.process;

import com.weibao.knowledge.KnowledgeService;
import com.weibao.knowledge.RevisionDecision;
import com.weibao.platform.engine.EngineCallers;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete listener of Task_ReviseArticle: the author's new texts, back to review or withdrawn. */
@Component("articleRevised")
class ArticleRevisedListener implements TaskListener {

    private final KnowledgeService knowledge;

    ArticleRevisedListener(KnowledgeService knowledge) {
        this.knowledge = knowledge;
    }

    @Override
    public void notify(DelegateTask task) {
        ArticleForm form = new ArticleForm(task);
        knowledge.revise(knowledge.idOfProcess(task.getProcessInstanceId()),
                form.take("title"), form.take("problem"), form.take("symptoms"), form.take("cause"),
                form.take("solution"), form.enumValue(ArticleReviewProcess.REVISION_DECISION, RevisionDecision.class),
                EngineCallers.actor(task, ArticleReviewProcess.SYSTEM_ACTOR));
    }
}
