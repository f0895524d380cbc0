package com.weibao.quality.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.weibao.cases.Satisfaction;
import com.weibao.cases.process.ProcessTestEngine;
import com.weibao.platform.engine.JsonVariables;
import com.weibao.quality.CallOutcome;
import com.weibao.quality.CallbackCard;
import com.weibao.quality.CallbackRoute;
import com.weibao.quality.FollowUpAction;
import com.weibao.quality.QualityService;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.weibao.platform.web.InvalidRequestException;
import com.weibao.platform.web.NotFoundException;
import org.camunda.bpm.engine.runtime.Job;
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
 * Every path of CallbackProcess with the real task listener and delegate and the quality service mocked: the delay
 * timer, reached and satisfied, 差 or not solved → the service manager's complaint task with its deadline (handled,
 * or overdue and reported), not reached with retries until unreachable, refused; the case's own engineer can neither
 * claim nor complete the callback. (Selected / not selected is decided before the process: QualityServiceTest.)
 */
@Deployment(resources = "CallbackProcess.bpmn")
class CallbackProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.get()).build();

    private static final long ID = 42L;
    private static final Instant DUE = Instant.parse("2026-12-08T01:00:00Z");
    private static final Instant RETRY_AT = Instant.parse("2026-12-08T03:00:00Z");
    private static final Instant FOLLOW_UP_DUE = Instant.parse("2026-12-09T01:00:00Z");

    private QualityService quality;

    @BeforeEach
    void registerBeans() {
        quality = mock(QualityService.class);
        Mocks.register("callbackTask", new CallbackTaskListener(quality, mock(JsonVariables.class)));
        Mocks.register("followUpOverdue", new FollowUpOverdueDelegate(quality));
        when(quality.card(ID)).thenReturn(new CallbackCard.CallbackCardView(Map.of("number", "ZJ-0001")));
        when(quality.nextAttemptAt(ID)).thenReturn(RETRY_AT);
        when(quality.followUpDueAt(ID)).thenReturn(FOLLOW_UP_DUE);
        doThrow(newNotAllowed()).when(quality).checkMayCall(ID, "engineer1");
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void waitsTheDelay_thenTheCallbackTeamReachesASatisfiedReporter() {
        ProcessInstance instance = start();

        assertThat(instance.getTenantId()).isEqualTo("zhanjiang");
        assertThat(instance).isWaitingAt(CallbackProcess.WAIT_DELAY);
        Job delay = managementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(delay.getDuedate()).isEqualTo(Date.from(DUE));
        assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();

        execute(delay);
        assertThat(instance).isWaitingAt(CallbackProcess.CALL).task().hasCandidateGroup("callbacks");
        Task call = taskService().createTaskQuery().processInstanceId(instance.getId()).initializeFormKeys()
                .singleResult();
        assertThat(call.getCamundaFormRef().getKey()).isEqualTo("case-callback");
        when(quality.recordCall(ID, CallOutcome.REACHED, true, Satisfaction.GOOD, "工程师很耐心", "callback"))
                .thenReturn(CallbackRoute.DONE);

        completeAs(instance, "callback", Map.of("callOutcome", "REACHED", "problemSolved", "YES", "callbackRating", "GOOD",
                "callbackComment", "工程师很耐心"));

        verify(quality).recordCall(ID, CallOutcome.REACHED, true, Satisfaction.GOOD, "工程师很耐心", "callback");
        assertThat(instance).isEnded().hasPassedInOrder(CallbackProcess.WAIT_DELAY, CallbackProcess.CALL,
                CallbackProcess.END_DONE).hasNotPassed(CallbackProcess.FOLLOW_UP);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableNameIn("callOutcome", "problemSolved", "callbackRating", "callbackComment").count())
                .as("the form's answers live in the callback table, not in the process").isZero();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableNameLike("%allbackId%").count()).as("no callback id travels in the process").isZero();
        verify(quality, atLeastOnce()).idOfProcess(instance.getId());
    }

    @Test
    void aTaskOfAnotherProcessInstanceFindsNoCallback_whateverItsVariablesSay() {
        ProcessInstance instance = start();
        ProcessInstance stray = runtimeService().startProcessInstanceByKey(CallbackProcess.KEY, "callback:ZJ-0002",
                Variables.createVariables().putValue("callbackId", ID).putValue(CallbackProcess.CASE_NUMBER, "ZJ-0001")
                        .putValue(CallbackProcess.CONTRACT_CODE, "zhanjiang-5g-emergency")
                        .putValue(CallbackProcess.GROUP, "callbacks").putValue(CallbackProcess.DUE_AT, Date.from(DUE)));
        when(quality.idOfProcess(stray.getId())).thenThrow(new NotFoundException(
                "no callback of process instance " + stray.getId()));

        assertThatThrownBy(() -> execute(job(CallbackProcess.WAIT_DELAY, stray)))
                .hasRootCauseInstanceOf(NotFoundException.class);
        verify(quality, never()).card(anyLong());
        execute(job(CallbackProcess.WAIT_DELAY, instance));
        verify(quality).card(ID);
    }

    @Test
    void poorRating_goesToTheServiceManagerWithTheContractsDeadline_whoOpensANewCase() {
        ProcessInstance instance = startAndWaitForCall();
        when(quality.recordCall(ID, CallOutcome.REACHED, true, Satisfaction.POOR, "态度差", "callback"))
                .thenReturn(CallbackRoute.FOLLOW_UP);

        completeAs(instance, "callback", Map.of("callOutcome", "REACHED", "problemSolved", "YES", "callbackRating", "POOR",
                "callbackComment", "态度差"));

        assertThat(instance).isWaitingAt(CallbackProcess.FOLLOW_UP).task().hasCandidateGroup("managers")
                .hasDueDate(Date.from(FOLLOW_UP_DUE));
        Job overdue = managementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(overdue.getDuedate()).isEqualTo(Date.from(FOLLOW_UP_DUE));

        completeAs(instance, "manager", Map.of("followUpAction", "NEW_CASE", "followUpNote", "已致歉，安排组长上门复查"));

        verify(quality).recordFollowUp(ID, FollowUpAction.NEW_CASE, "已致歉，安排组长上门复查", "manager");
        assertThat(instance).isEnded().hasPassedInOrder(CallbackProcess.CALL, CallbackProcess.FOLLOW_UP,
                CallbackProcess.END_FOLLOWED_UP).hasNotPassed(CallbackProcess.REPORT_OVERDUE);
    }

    @Test
    void notSolved_followUpPastItsDeadline_isReportedToTheManagers() {
        ProcessInstance instance = startAndWaitForCall();
        when(quality.recordCall(ID, CallOutcome.REACHED, false, Satisfaction.GOOD, null, "callback"))
                .thenReturn(CallbackRoute.FOLLOW_UP);
        completeAs(instance, "callback", Map.of("callOutcome", "REACHED", "problemSolved", "NO", "callbackRating", "GOOD"));
        assertThat(instance).isWaitingAt(CallbackProcess.FOLLOW_UP);

        execute(job(CallbackProcess.FOLLOW_UP_OVERDUE, instance));
        execute(job(CallbackProcess.REPORT_OVERDUE, instance));

        verify(quality).followUpOverdue(ID);
        assertThat(instance).isWaitingAt(CallbackProcess.FOLLOW_UP)
                .hasPassed(CallbackProcess.REPORT_OVERDUE, CallbackProcess.END_OVERDUE_REPORTED);
        completeAs(instance, "manager", Map.of("followUpAction", "SETTLED", "followUpNote", "电话说明，已恢复"));
        assertThat(instance).isEnded().hasPassed(CallbackProcess.END_FOLLOWED_UP);
    }

    @Test
    void notReached_retriedAfterTheSpacing_thenUnreachableAfterTheLastAttempt() {
        ProcessInstance instance = startAndWaitForCall();
        when(quality.recordCall(eq(ID), eq(CallOutcome.NOT_REACHED), any(), any(), any(), eq("callback")))
                .thenReturn(CallbackRoute.RETRY, CallbackRoute.RETRY, CallbackRoute.UNREACHABLE);

        completeAs(instance, "callback", Map.of("callOutcome", "NOT_REACHED"));
        assertThat(instance).isWaitingAt(CallbackProcess.WAIT_RETRY);
        Job retry = managementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(retry.getDuedate()).isEqualTo(Date.from(RETRY_AT));
        execute(retry);
        assertThat(instance).isWaitingAt(CallbackProcess.CALL);
        completeAs(instance, "callback", Map.of("callOutcome", "NOT_REACHED"));
        execute(job(CallbackProcess.WAIT_RETRY, instance));
        completeAs(instance, "callback", Map.of("callOutcome", "NOT_REACHED"));

        verify(quality, times(3)).recordCall(ID, CallOutcome.NOT_REACHED, null, null, null, "callback");
        assertThat(instance).isEnded().hasPassed(CallbackProcess.END_UNREACHABLE)
                .hasNotPassed(CallbackProcess.FOLLOW_UP, CallbackProcess.END_DONE);
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId(CallbackProcess.CALL).count()).isEqualTo(3);
    }

    @Test
    void refused_endsTheCallback() {
        ProcessInstance instance = startAndWaitForCall();
        when(quality.recordCall(ID, CallOutcome.REFUSED, null, null, "正在抢救，不便接听", "callback"))
                .thenReturn(CallbackRoute.REFUSED);

        completeAs(instance, "callback", Map.of("callOutcome", "REFUSED", "callbackComment", "正在抢救，不便接听"));

        assertThat(instance).isEnded().hasPassed(CallbackProcess.END_REFUSED);
    }

    @Test
    void theCasesOwnEngineerCanNeitherClaimNorCompleteTheCallback() {
        ProcessInstance instance = startAndWaitForCall();
        Task call = task(instance);

        assertThatThrownBy(() -> taskService().claim(call.getId(), "engineer1"))
                .hasRootCauseInstanceOf(InvalidRequestException.class).hasMessageContaining("不能回访自己处理的工单");
        assertThat(task(instance).getAssignee()).as("the claim was rolled back").isNull();
        assertThatThrownBy(() -> completeAs(instance, "engineer1", Map.of("callOutcome", "REACHED", "problemSolved", "YES",
                "callbackRating", "EXCELLENT"))).hasRootCauseInstanceOf(InvalidRequestException.class);
        verify(quality, never()).recordCall(anyLong(), any(), any(), any(), any(), anyString());
        assertThat(instance).isWaitingAt(CallbackProcess.CALL);

        taskService().claim(call.getId(), "callback");
        assertThat(task(instance).getAssignee()).isEqualTo("callback");
    }

    /** Started as CamundaCallbackWorkflow starts it: no callback id in it; the callback is its process instance's. */
    private ProcessInstance start() {
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(CallbackProcess.KEY, "callback:ZJ-0001",
                Variables.createVariables().putValue(CallbackProcess.CASE_NUMBER, "ZJ-0001")
                        .putValue(CallbackProcess.CONTRACT_CODE, "zhanjiang-5g-emergency")
                        .putValue(CallbackProcess.GROUP, "callbacks").putValue(CallbackProcess.DUE_AT, Date.from(DUE)));
        when(quality.idOfProcess(instance.getId())).thenReturn(ID);
        return instance;
    }

    private ProcessInstance startAndWaitForCall() {
        ProcessInstance instance = start();
        execute(job(CallbackProcess.WAIT_DELAY, instance));
        assertThat(instance).isWaitingAt(CallbackProcess.CALL);
        return instance;
    }

    private void completeAs(ProcessInstance instance, String user, Map<String, Object> form) {
        Task current = task(instance);
        engine.getIdentityService().setAuthentication(user, List.of(), List.of("zhanjiang"));
        try {
            taskService().complete(current.getId(), new HashMap<>(form));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private static RuntimeException newNotAllowed() {
        return new QualityService.NotAllowedToCall("engineer1");
    }
}
