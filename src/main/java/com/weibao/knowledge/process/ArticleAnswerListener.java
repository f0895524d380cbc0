package com.weibao.knowledge.process;

import com.weibao.cases.SupportCaseService;
import com.weibao.knowledge.KnowledgeService;
import com.weibao.platform.engine.EngineCallers;
import com.weibao.platform.engine.TaskCompletionHook;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Completion of 填写解决方案 with an article chosen as the answer ({@value KnowledgeService#ANSWERED_WITH}): the
 * article's use is counted and noted on the case ({@link KnowledgeService#answeredCase}), which refuses an article
 * that is not published or does not apply to the case. The case is found by the task's process instance.
 */
@Component
class ArticleAnswerListener implements TaskCompletionHook {

    private final SupportCaseService cases;
    private final KnowledgeService knowledge;

    ArticleAnswerListener(SupportCaseService cases, KnowledgeService knowledge) {
        this.cases = cases;
        this.knowledge = knowledge;
    }

    @Override
    public boolean appliesTo(String processKey, String taskDefinitionKey) {
        return SuggestionsListener.CASE_PROCESS.equals(processKey)
                && SuggestionsListener.RESOLVE_TASK.equals(taskDefinitionKey);
    }

    @Override
    public void completed(DelegateTask task) {
        Object chosen = task.getVariable(KnowledgeService.ANSWERED_WITH);
        task.removeVariable(KnowledgeService.ANSWERED_WITH);
        if (chosen == null || chosen.toString().isBlank()) {
            return;
        }
        long articleId;
        try {
            articleId = Long.parseLong(chosen.toString().strip());
        } catch (NumberFormatException notAnId) {
            articleId = -1;
        }
        knowledge.answeredCase(articleId, cases.idOfProcess(task.getProcessInstanceId()),
                EngineCallers.actor(task, "knowledge"));
    }
}
