package com.weibao.quality.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.weibao.cases.process.ProcessTestEngine;
import com.weibao.platform.engine.EngineCallers;
import com.weibao.platform.engine.JsonVariables;
import com.weibao.platform.security.Caller;
import com.weibao.platform.web.InvalidRequestException;
import com.weibao.quality.SurveyService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The paths of SatisfactionSurveyProcess with its real delegates and task listener, the survey service mocked:
 * opened for the starter → one call task per department for the callback team, each bound to its own call and
 * completed by its own task id (a forged call id changes nothing) → the service manager's summary → the report
 * written asynchronously; a refused opening starts nothing; a refused summary keeps the task open.
 */
@Deployment(resources = "SatisfactionSurveyProcess.bpmn")
class SatisfactionSurveyProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.get()).build();

    private static final Caller MANAGER = new Caller("manager", Set.of("managers"), Set.of("renmin"));

    private SurveyService surveys;

    @BeforeEach
    void registerBeans() {
        surveys = mock(SurveyService.class);
        EngineCallers callers = mock(EngineCallers.class);
        when(callers.caller(any(DelegateExecution.class), eq(SurveyProcess.SYSTEM_ACTOR))).thenReturn(MANAGER);
        SurveyDelegates delegates = new SurveyDelegates();
        Mocks.register("openSurvey", delegates.openSurvey(surveys, callers));
        Mocks.register("issueSurveyReport", delegates.issueSurveyReport(surveys));
        Mocks.register("surveyTask", new SurveyTaskListener(surveys, mock(JsonVariables.class)));
        when(surveys.open(eq("e-invoice"), eq(2026L), anyString(), eq(MANAGER), anyString()))
                .thenReturn(List.of(11L, 12L, 13L));
        when(surveys.businessKey(anyString())).thenReturn("survey:e-invoice/2026");
        when(surveys.callView(anyString())).thenReturn(Map.of("department", "门诊收费处"));
        when(surveys.summaryView(anyString())).thenReturn(Map.of("counts", "优 2（100%）"));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void everyDepartmentIsCalled_thenTheManagerSummarises_andTheReportIsIssued() {
        ProcessInstance instance = start();

        assertThat(instance.getTenantId()).isEqualTo("renmin");
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getBusinessKey()).isEqualTo("survey:e-invoice/2026");
        assertThat(runtimeService().getVariable(instance.getId(), SurveyProcess.DEPARTMENTS))
                .as("the list lives in the survey's table").isNull();
        List<Task> calls = taskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(SurveyProcess.CALL).initializeFormKeys().list();
        assertThat(calls).hasSize(3);
        for (Task call : calls) {
            assertThat(call.getCamundaFormRef().getKey()).isEqualTo("satisfaction-survey-call");
            assertThat(taskService().getIdentityLinksForTask(call.getId()))
                    .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("callbacks"));
            verify(surveys).callView(call.getId());
        }
        for (long id : List.of(11L, 12L, 13L)) {
            verify(surveys).bindCall(eq(instance.getId()), eq(id), anyString());
        }

        complete(calls.get(0), Map.of("surveyOutcome", "REACHED", "surveyRating", "EXCELLENT",
                "surveyComment", "响应很快", "surveySuggestions", "希望增加培训"));
        complete(calls.get(1), Map.of("surveyOutcome", "NOT_REACHED"));
        assertThat(instance).isWaitingAt(SurveyProcess.CALL);
        complete(calls.get(2), Map.of("surveyOutcome", "REACHED", "surveyRating", "POOR", "surveyComment", "等待太久"));
        verify(surveys).recordCall(calls.get(0).getId(), "REACHED", "EXCELLENT", "响应很快", "希望增加培训", "callback");
        verify(surveys).recordCall(calls.get(1).getId(), "NOT_REACHED", null, null, null, "callback");
        verify(surveys).recordCall(calls.get(2).getId(), "REACHED", "POOR", "等待太久", null, "callback");

        assertThat(instance).isWaitingAt(SurveyProcess.SUMMARY).task().hasCandidateGroup("managers");
        Task summary = taskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        verify(surveys).summaryView(instance.getId());
        complete(summary, Map.of("surveySummary", "全年运行平稳", "improvementMeasures", "增加夜间值守"), "manager");
        verify(surveys).recordSummary(instance.getId(), "全年运行平稳", "增加夜间值守", "manager");

        assertThat(instance).isWaitingAt(SurveyProcess.ISSUE);
        verify(surveys, never()).issueReport(anyString());
        execute(job(SurveyProcess.ISSUE, instance));
        verify(surveys).issueReport(instance.getId());
        assertThat(instance).isEnded().hasPassedInOrder(SurveyProcess.OPEN, SurveyProcess.CALL, SurveyProcess.SUMMARY,
                SurveyProcess.ISSUE, SurveyProcess.END);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableNameIn("surveyOutcome", "surveyRating", "surveyComment", "surveySuggestions", "surveySummary",
                        "improvementMeasures", SurveyProcess.DEPARTMENTS).count())
                .as("the forms' answers live in the survey's tables, not in the process").isZero();
    }

    @Test
    void aForgedCallIdInACompletionChangesNothing_theCallIsFoundByTheTasksOwnId() {
        ProcessInstance instance = start();
        Task call = taskService().createTaskQuery().processInstanceId(instance.getId()).listPage(0, 1).get(0);

        complete(call, Map.of("surveyOutcome", "REACHED", "surveyRating", "GOOD", SurveyProcess.CALL_ID, 999L));

        verify(surveys).recordCall(call.getId(), "REACHED", "GOOD", null, null, "callback");
        verify(surveys, never()).bindCall(anyString(), eq(999L), anyString());
    }

    @Test
    void aRefusedOpening_startsNothing() {
        doThrow(InvalidRequestException.of("contractCode", "找不到合同“queue-call”，或您无权为它发起调查"))
                .when(surveys).open(eq("queue-call"), any(), any(), any(), anyString());

        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(SurveyProcess.KEY, Variables
                .createVariables().putValue(SurveyProcess.CONTRACT_CODE, "queue-call").putValue(SurveyProcess.YEAR, 2026L)
                .putValue(SurveyProcess.DEPARTMENTS, "门诊部，020-1")))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(SurveyProcess.KEY).count())
                .isZero();
    }

    @Test
    void aRefusedSummary_keepsTheTaskOpen() {
        ProcessInstance instance = start();
        taskService().createTaskQuery().processInstanceId(instance.getId()).list()
                .forEach(call -> complete(call, Map.of("surveyOutcome", "NOT_REACHED")));
        Task summary = taskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        doThrow(InvalidRequestException.of("improvementMeasures", "请填写改进措施"))
                .when(surveys).recordSummary(instance.getId(), "全年运行平稳", null, "manager");

        assertThatThrownBy(() -> complete(summary, Map.of("surveySummary", "全年运行平稳"), "manager"))
                .hasRootCauseInstanceOf(InvalidRequestException.class);
        assertThat(instance).isWaitingAt(SurveyProcess.SUMMARY);
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(SurveyProcess.KEY, Variables.createVariables()
                .putValue(SurveyProcess.CONTRACT_CODE, "e-invoice").putValue(SurveyProcess.YEAR, 2026L)
                .putValue(SurveyProcess.DEPARTMENTS, "门诊收费处，李主任，020-12345678\n住院结算处，020-12345679\n财务科，020-1234567"));
    }

    private void complete(Task task, Map<String, Object> form) {
        complete(task, form, "callback");
    }

    private void complete(Task task, Map<String, Object> form, String user) {
        engine.getIdentityService().setAuthentication(user, List.of(), List.of("renmin"));
        try {
            taskService().complete(task.getId(), new HashMap<>(form));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}
