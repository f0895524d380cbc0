package com.weibao.knowledge.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.AdditionalMatchers.not;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.weibao.cases.process.ProcessTestEngine;
import com.weibao.knowledge.Article;
import com.weibao.knowledge.ArticleCategory;
import com.weibao.knowledge.ArticleStatus;
import com.weibao.knowledge.KnowledgeService;
import com.weibao.knowledge.ReviewDecision;
import com.weibao.knowledge.RevisionDecision;
import com.weibao.knowledge.Visibility;
import com.weibao.platform.engine.HospitalTenancy;
import com.weibao.platform.engine.JsonVariables;
import com.weibao.platform.identity.PeopleNames;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

/**
 * Every path of ArticleReviewProcess with the real listeners and the knowledge service mocked: published at once;
 * refused with remarks, revised and resubmitted, then published; refused and withdrawn by the author.
 */
@Deployment(resources = "ArticleReviewProcess.bpmn")
class ArticleReviewProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.get()).build();

    private static final long ID = 42L;

    private KnowledgeService knowledge;
    /** The engine of process tests has no Spin: the view handed to Tasklist is checked as the listener builds it. */
    private JsonVariables json;

    @BeforeEach
    void registerBeans() {
        knowledge = mock(KnowledgeService.class);
        Article article = mock(Article.class);
        when(article.getReference()).thenReturn("KB-000042");
        when(article.getTitle()).thenReturn("电子票据开具失败");
        when(article.getProblem()).thenReturn("收费窗口开具电子票据时报错");
        when(article.getSolution()).thenReturn("更新财政平台证书并重启接口服务");
        when(article.getCategory()).thenReturn(ArticleCategory.FAULT);
        when(article.getVisibility()).thenReturn(Visibility.FAQ);
        when(article.getStatus()).thenReturn(ArticleStatus.IN_REVIEW);
        when(article.contractCodes()).thenReturn(List.of("e-invoice"));
        when(article.getAuthor()).thenReturn("engineer1");
        when(article.getReviewRemarks()).thenReturn("请补充证书更新的步骤");
        when(knowledge.get(anyLong())).thenReturn(article);
        // the listeners find the article by the process instance they run in, as the article table records it
        when(knowledge.idOfProcess(anyString())).thenReturn(ID);
        json = mock(JsonVariables.class);
        PeopleNames people = mock(PeopleNames.class);
        Mocks.register("articleView", new ArticleViewListener(knowledge, json, people));
        Mocks.register("articleReviewed", new ArticleReviewedListener(knowledge));
        Mocks.register("articleRevised", new ArticleRevisedListener(knowledge));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    /** Every listener asked for the article of its own process instance, and of no other. */
    private void foundByItsInstance(ProcessInstance instance) {
        verify(knowledge, atLeastOnce()).idOfProcess(instance.getId());
        verify(knowledge, never()).idOfProcess(not(eq(instance.getId())));
    }

    @Test
    void theLeadPublishes() {
        ProcessInstance instance = start();
        assertThat(instance).isWaitingAt("Task_ReviewArticle");
        assertThat(task(instance)).hasCandidateGroup("leads");
        Assertions.assertThat(instance.getTenantId()).as("the vendor's own work").isEqualTo(HospitalTenancy.DESK);
        complete(task(instance), withVariables("reviewDecision", "PUBLISH", "remarks", "内容清楚"));
        verify(knowledge).recordReview(ID, ReviewDecision.PUBLISH, "内容清楚", "system:knowledge");
        assertThat(instance).hasPassed("Task_ReviewArticle").isEnded().hasPassed("EndEvent_ArticlePublished");
        foundByItsInstance(instance);
    }

    @Test
    void refusedWithRemarksRevisedAndPublished() {
        ProcessInstance instance = start();
        complete(task(instance), withVariables("reviewDecision", "REFUSE", "remarks", "请补充证书更新的步骤"));
        assertThat(instance).isWaitingAt("Task_ReviseArticle");
        assertThat(task(instance)).isAssignedTo("engineer1");
        String revise = task(instance).getId();
        Assertions.assertThat(engine.getTaskService().getVariableLocal(revise, "title"))
                .as("the form's values come from the article table, local to the task").isEqualTo("电子票据开具失败");
        Assertions.assertThat(engine.getRuntimeService().getVariables(instance.getId()))
                .as("the process holds no article text and no article id").doesNotContainKeys(
                        "title", "problem", "symptoms", "cause", "solution", "articleId");
        ArgumentCaptor<Object> views = ArgumentCaptor.forClass(Object.class);
        verify(json, times(2)).of(views.capture());
        Assertions.assertThat(views.getValue().toString()).contains("remarks=请补充证书更新的步骤", "reference=KB-000042");
        complete(task(instance), withVariables("title", "电子票据开具失败（证书过期）", "problem", "收费窗口开具电子票据时报错",
                "solution", "1. 登录财政平台下载新证书 2. 替换证书 3. 重启接口服务", "revisionDecision", "RESUBMIT"));
        assertThat(instance).isWaitingAt("Task_ReviewArticle");
        complete(task(instance), withVariables("reviewDecision", "PUBLISH"));
        assertThat(instance).isEnded().hasPassed("Task_ReviseArticle", "EndEvent_ArticlePublished");
        InOrder order = inOrder(knowledge);
        order.verify(knowledge).recordReview(ID, ReviewDecision.REFUSE, "请补充证书更新的步骤", "system:knowledge");
        order.verify(knowledge).revise(ID, "电子票据开具失败（证书过期）", "收费窗口开具电子票据时报错", null, null,
                "1. 登录财政平台下载新证书 2. 替换证书 3. 重启接口服务", RevisionDecision.RESUBMIT, "engineer1");
        order.verify(knowledge).recordReview(ID, ReviewDecision.PUBLISH, null, "system:knowledge");
        foundByItsInstance(instance);
    }

    /** Tasklist submits the form: the author's texts replace the task's own values, and the article takes them. */
    @Test
    void refusedAndWithdrawnThroughTheForm() {
        ProcessInstance instance = start();
        complete(task(instance), withVariables("reviewDecision", "REFUSE", "remarks", "与 KB-000007 重复"));
        String revise = task(instance).getId();
        engine.getFormService().submitTaskForm(revise, withVariables("title", "电子票据开具失败（重复）",
                "problem", "收费窗口开具电子票据时报错", "solution", "更新财政平台证书并重启接口服务",
                "revisionDecision", "WITHDRAW"));
        assertThat(instance).isEnded().hasPassed("EndEvent_ArticleWithdrawn").hasNotPassed("EndEvent_ArticlePublished");
        verify(knowledge).revise(ID, "电子票据开具失败（重复）", "收费窗口开具电子票据时报错", null, null,
                "更新财政平台证书并重启接口服务", RevisionDecision.WITHDRAW, "engineer1");
        foundByItsInstance(instance);
    }

    /** Started as the application starts it, without a business key: nothing but the instance names the article. */
    private ProcessInstance start() {
        ProcessInstance instance = runtimeService().createProcessInstanceByKey(ArticleReviewProcess.KEY)
                .setVariable(ArticleReviewProcess.AUTHOR, "engineer1").execute();
        // the review begins after the transaction that starts it (and binds the article to the instance) commits
        assertThat(instance).isWaitingAt("StartEvent_ArticleSubmitted");
        verify(knowledge, never()).idOfProcess(anyString());
        execute(job());
        return instance;
    }
}
