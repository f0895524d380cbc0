package com.weibao.knowledge.process;

import com.weibao.cases.SupportCaseService;
import com.weibao.knowledge.CaseSuggestions;
import java.util.Set;
import com.weibao.platform.engine.TaskCreationHook;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Create listener of the case tasks where an answer that already exists saves time (确认工单分级, 处理工单,
 * 填写解决方案): finds the case by the task's process instance and gives the form the similar articles and closed
 * cases ({@link CaseSuggestions}) as the task-local text {@value #VARIABLE}. A hook of the platform's engine (the
 * cases module's process does not know the knowledge base, which depends on it). A failed search is
 * logged and leaves the task without suggestions; the task is created all the same.
 */
@Component
class SuggestionsListener implements TaskCreationHook {

    static final String VARIABLE = "knowledgeSuggestions";
    static final String CASE_PROCESS = "CaseProcess";
    static final Set<String> TASKS = Set.of("Task_TriageCase", "Task_SupportCase", "Task_ResolveCase");

    private static final Logger log = LoggerFactory.getLogger(SuggestionsListener.class);

    private final SupportCaseService cases;
    private final CaseSuggestions suggestions;

    SuggestionsListener(SupportCaseService cases, CaseSuggestions suggestions) {
        this.cases = cases;
        this.suggestions = suggestions;
    }

    @Override
    public boolean appliesTo(String processKey, String taskDefinitionKey) {
        return CASE_PROCESS.equals(processKey) && TASKS.contains(taskDefinitionKey);
    }

    @Override
    public void created(DelegateTask task) {
        long started = System.nanoTime();
        try {
            String text = suggestions.forCase(cases.get(cases.idOfProcess(task.getProcessInstanceId())));
            task.setVariableLocal(VARIABLE, text);
            log.debug("Suggestions for task {} in {} ms", task.getId(), (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("No knowledge suggestions for task {} of process instance {}: {}", task.getTaskDefinitionKey(),
                    task.getProcessInstanceId(), e.toString());
        }
    }
}
