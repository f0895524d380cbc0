package com.weibao.knowledge.process;

import com.weibao.cases.SupportCaseService;
import com.weibao.knowledge.CaseSuggestions;
import java.util.Set;
import com.weibao.platform.engine.JsonVariables;
import com.weibao.platform.engine.TaskCreationHook;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Create listener of the case tasks where an answer that already exists saves time (确认工单分级, 处理工单,
 * 填写解决方案): finds the case by the task's process instance and gives the form the similar articles and closed
 * cases ({@link CaseSuggestions}) as the task-local text {@value #VARIABLE}; 填写解决方案 also gets the articles as the
 * choices {@value #ARTICLE_OPTIONS} of the article the case was answered with ({@link ArticleAnswerListener}). A hook of the platform's engine (the
 * cases module's process does not know the knowledge base, which depends on it). A failed search is
 * logged and leaves the task without suggestions; the task is created all the same.
 */
@Component
class SuggestionsListener implements TaskCreationHook {

    static final String VARIABLE = "knowledgeSuggestions";
    /** 填写解决方案's choice of the article the case was answered with, from the suggested articles. */
    static final String ARTICLE_OPTIONS = "knowledgeArticleOptions";
    static final String RESOLVE_TASK = "Task_ResolveCase";
    static final String CASE_PROCESS = "CaseProcess";
    static final Set<String> TASKS = Set.of("Task_TriageCase", "Task_SupportCase", "Task_ResolveCase");

    private static final Logger log = LoggerFactory.getLogger(SuggestionsListener.class);

    private final SupportCaseService cases;
    private final CaseSuggestions suggestions;
    private final JsonVariables json;

    SuggestionsListener(SupportCaseService cases, CaseSuggestions suggestions, JsonVariables json) {
        this.cases = cases;
        this.suggestions = suggestions;
        this.json = json;
    }

    @Override
    public boolean appliesTo(String processKey, String taskDefinitionKey) {
        return CASE_PROCESS.equals(processKey) && TASKS.contains(taskDefinitionKey);
    }

    @Override
    public void created(DelegateTask task) {
        long started = System.nanoTime();
        try {
            CaseSuggestions.Suggestions found = suggestions.suggest(cases.get(cases.idOfProcess(
                    task.getProcessInstanceId())));
            task.setVariableLocal(VARIABLE, found.text());
            if (RESOLVE_TASK.equals(task.getTaskDefinitionKey()) && !found.articles().isEmpty()) {
                task.setVariableLocal(ARTICLE_OPTIONS, json.of(found.articles()));
            }
            log.debug("Suggestions for task {} in {} ms", task.getId(), (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("No knowledge suggestions for task {} of process instance {}: {}", task.getTaskDefinitionKey(),
                    task.getProcessInstanceId(), e.toString());
        }
    }
}
