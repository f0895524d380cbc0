package com.weibao.knowledge.process;

import com.weibao.knowledge.Article;
import com.weibao.knowledge.KnowledgeService;
import com.weibao.platform.engine.JsonVariables;
import com.weibao.platform.identity.PeopleNames;
import com.weibao.platform.web.FormText;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of the review tasks: a read-only view of the article for the form, built from the article table
 * and local to the task; the revise task also gets the texts as its editable fields' values, local to it as well
 * (the process's variables never hold the article's texts).
 */
@Component("articleView")
class ArticleViewListener implements TaskListener {

    static final String REVISE_TASK = "Task_ReviseArticle";

    private final KnowledgeService knowledge;
    private final JsonVariables json;
    private final PeopleNames people;

    ArticleViewListener(KnowledgeService knowledge, JsonVariables json, PeopleNames people) {
        this.knowledge = knowledge;
        this.json = json;
        this.people = people;
    }

    @Override
    public void notify(DelegateTask task) {
        Article a = knowledge.get(knowledge.idOfProcess(task.getProcessInstanceId()));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("reference", a.getReference());
        view.put("title", FormText.literal(a.getTitle()));
        view.put("problem", FormText.literal(a.getProblem()));
        view.put("symptoms", text(a.getSymptoms()));
        view.put("cause", text(a.getCause()));
        view.put("solution", FormText.literal(a.getSolution()));
        view.put("category", a.getCategory().label());
        view.put("visibility", a.getVisibility().label());
        view.put("contracts", a.contractCodes().isEmpty() ? "—" : String.join("、", a.contractCodes()));
        view.put("system", text(a.getSystemCode()));
        view.put("author", people.nameOf(a.getAuthor()));
        view.put("revision", a.getRevision());
        view.put("sourceCase", a.getSourceCaseNumber() == null ? "无" : a.getSourceCaseNumber());
        view.put("remarks", text(a.getReviewRemarks()));
        task.setVariableLocal(ArticleReviewProcess.ARTICLE_VIEW, json.of(view));
        if (REVISE_TASK.equals(task.getTaskDefinitionKey())) {
            // the editable fields' values, from the article table and local to the task like the view: submitting
            // the form replaces them there, the complete listener takes them into the article (ArticleForm)
            task.setVariableLocal("title", a.getTitle());
            task.setVariableLocal("problem", a.getProblem());
            task.setVariableLocal("symptoms", a.getSymptoms());
            task.setVariableLocal("cause", a.getCause());
            task.setVariableLocal("solution", a.getSolution());
        }
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? "—" : FormText.literal(s);
    }
}
