package com.weibao.change.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.weibao.cases.process.ProcessTestEngine;
import com.weibao.change.ChangeService;
import com.weibao.platform.engine.EngineCallers;
import com.weibao.platform.security.Caller;
import com.weibao.platform.web.InvalidRequestException;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

/**
 * Every path of ChangeProcess with the real steps (ChangeSteps) and the change service mocked: a normal change
 * reviewed, approved, scheduled, implemented and verified; refused, revised and approved; returned by the review;
 * an emergency change implemented first and approved after (and refused after); a window inside opening hours
 * refused until a reason is given; a failed implementation rolled back and replanned; a refused verification rolled
 * back and abandoned.
 */
@Deployment(resources = "ChangeProcess.bpmn")
class ChangeProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.get()).build();

    private static final long ID = 42L;
    private static final String IT = "hospital-it-nanshan";
    private static final Instant WINDOW = Instant.parse("2026-12-05T14:00:00Z");
    private static final Instant REMIND = Instant.parse("2026-12-04T14:00:00Z");

    private ChangeService changes;
    private EngineCallers callers;
    private final Caller hospitalIt = new Caller("it-nanshan", Set.of(IT), Set.of("nanshan"));

    @BeforeEach
    void registerSteps() {
        changes = mock(ChangeService.class);
        callers = mock(EngineCallers.class);
        when(callers.caller(any(DelegateTask.class), anyString())).thenReturn(hospitalIt);
        when(changes.idOfProcess(anyString())).thenReturn(ID);
        when(changes.schedule(eq(ID), any(), any(), anyBoolean(), any(), any())).thenReturn(REMIND);
        ChangeSteps steps = new ChangeSteps();
        Mocks.register("changeProcessStarted", steps.processStarted(changes));
        Mocks.register("changeForm", mock(TaskListener.class));
        Mocks.register("changeReviewed", steps.reviewed(changes, callers));
        Mocks.register("changeApproved", steps.approved(changes, callers));
        Mocks.register("changeRevised", steps.revised(changes, callers));
        Mocks.register("changeScheduled", steps.scheduled(changes, callers));
        Mocks.register("changeImplementationStarted", steps.implementationStarted(changes));
        Mocks.register("implementationRecorded", steps.implementationRecorded(changes, callers));
        Mocks.register("changeVerified", steps.verified(changes, callers));
        Mocks.register("rollbackRecorded", steps.rollbackRecorded(changes, callers));
        Mocks.register("remindChange", steps.remind(changes));
        Mocks.register("recordChangeVersion", steps.recordVersion(changes));
        Mocks.register("abandonChange", steps.abandon(changes));
    }

    @AfterEach
    void clear() {
        Mocks.reset();
    }

    @Test
    void aNormalChangeIsReviewedApprovedScheduledImplementedAndVerified() {
        ProcessInstance change = start("NORMAL");
        verify(changes).bindProcess("BG-000042", change.getId());
        assertThat(change).isWaitingAt(ChangeProcess.REVIEW);
        assertThat(task(change)).hasCandidateGroup("leads").hasCandidateGroup("managers");
        complete(task(change), withVariables("reviewDecision", "PASS", "reviewRemarks", "方案完整"));
        verify(changes, atLeastOnce()).idOfProcess(change.getId()); // by its process instance, never a variable

        assertThat(change).isWaitingAt(ChangeProcess.APPROVE);
        assertThat(task(change)).hasCandidateGroup(IT);
        complete(task(change), withVariables("approvalDecision", "APPROVED", "approvalRemarks", "同意"));

        assertThat(change).isWaitingAt(ChangeProcess.SCHEDULE);
        assertThat(task(change)).hasCandidateGroup(IT);
        scheduleWindow(change, null);

        assertThat(change).isWaitingAt(ChangeProcess.REMINDER_DUE);
        assertThat(job(change)).hasDueDate(Date.from(REMIND));
        execute(job(change));
        verify(changes).remind(ID);
        assertThat(change).isWaitingAt(ChangeProcess.WINDOW_REACHED);
        assertThat(job(change)).hasDueDate(Date.from(WINDOW));
        execute(job(change));

        assertThat(change).isWaitingAt(ChangeProcess.IMPLEMENT);
        verify(changes).startImplementation(ID);
        complete(task(change), withVariables("implementationSteps", "1. 备份\n2. 升级", "implementationOutcome", "SUCCESS"));

        assertThat(change).isWaitingAt(ChangeProcess.VERIFY);
        assertThat(task(change)).hasCandidateGroup(IT);
        complete(task(change), withVariables("verificationDecision", "ACCEPTED", "verificationRemarks", "报表正常"));

        assertThat(change).hasPassed(ChangeProcess.RECORD_VERSION).isEnded()
                .hasPassedInOrder(ChangeProcess.REVIEW, ChangeProcess.APPROVE, ChangeProcess.SCHEDULE,
                        ChangeProcess.REMIND, ChangeProcess.IMPLEMENT, ChangeProcess.VERIFY,
                        ChangeProcess.RECORD_VERSION, ChangeProcess.END_COMPLETED);
        InOrder order = inOrder(changes);
        order.verify(changes).review(ID, true, "方案完整", hospitalIt);
        order.verify(changes).approve(ID, true, "同意", hospitalIt);
        order.verify(changes).recordImplementation(ID, "1. 备份\n2. 升级", true, hospitalIt);
        order.verify(changes).verify(ID, true, "报表正常", hospitalIt);
        order.verify(changes).complete(ID);
        verify(changes, never()).abandon(ID);
    }

    @Test
    void aRefusedChangeIsRevisedResubmittedAndApproved() {
        ProcessInstance change = start("STANDARD");
        assertThat(change).isWaitingAt(ChangeProcess.APPROVE).hasNotPassed(ChangeProcess.REVIEW);
        complete(task(change), withVariables("approvalDecision", "REFUSED", "approvalRemarks", "回退方案缺数据库恢复步骤"));
        verify(changes).approve(ID, false, "回退方案缺数据库恢复步骤", hospitalIt);

        assertThat(change).isWaitingAt(ChangeProcess.REVISE);
        assertThat(task(change)).hasCandidateGroup("engineers");
        complete(task(change), withVariables("rollbackPlan", "恢复数据库备份", "revisionNote", "补充数据库恢复步骤"));
        verify(changes).revise(eq(ID), isNull(), eq("恢复数据库备份"), isNull(), eq("补充数据库恢复步骤"), any());

        assertThat(change).isWaitingAt(ChangeProcess.APPROVE);
        complete(task(change), withVariables("approvalDecision", "APPROVED"));
        assertThat(change).isWaitingAt(ChangeProcess.SCHEDULE);
    }

    @Test
    void aChangeReturnedByTheVendorsReviewIsRevisedAndReviewedAgain() {
        ProcessInstance change = start("NORMAL");
        complete(task(change), withVariables("reviewDecision", "RETURN", "reviewRemarks", "缺少验证方案"));
        assertThat(change).isWaitingAt(ChangeProcess.REVISE);
        complete(task(change), withVariables("verificationPlan", "核对十张报表", "revisionNote", "补充验证方案"));
        assertThat(change).isWaitingAt(ChangeProcess.REVIEW);
    }

    @Test
    void anEmergencyChangeIsImplementedFirstAndApprovedAfterwards() {
        ProcessInstance change = start("EMERGENCY");
        assertThat(change).isWaitingAt(ChangeProcess.IMPLEMENT).hasNotPassed(ChangeProcess.APPROVE,
                ChangeProcess.SCHEDULE);
        verify(changes).startImplementation(ID);
        complete(task(change), withVariables("implementationSteps", "紧急修复补丁", "implementationOutcome", "SUCCESS"));

        assertThat(change).isWaitingAt(ChangeProcess.APPROVE_AFTER);
        assertThat(task(change)).hasCandidateGroup(IT);
        complete(task(change), withVariables("approvalDecision", "APPROVED", "approvalRemarks", "事后同意"));
        assertThat(change).isWaitingAt(ChangeProcess.VERIFY);
        complete(task(change), withVariables("verificationDecision", "ACCEPTED"));
        assertThat(change).isEnded().hasPassed(ChangeProcess.END_COMPLETED);
        InOrder order = inOrder(changes);
        order.verify(changes).recordImplementation(eq(ID), anyString(), eq(true), any());
        order.verify(changes).approve(ID, true, "事后同意", hospitalIt);
        order.verify(changes).complete(ID);
    }

    @Test
    void anEmergencyChangeRefusedAfterwardsIsRolledBack() {
        ProcessInstance change = start("EMERGENCY");
        complete(task(change), withVariables("implementationSteps", "紧急修复补丁", "implementationOutcome", "SUCCESS"));
        complete(task(change), withVariables("approvalDecision", "REFUSED", "approvalRemarks", "未经评估，回退"));
        assertThat(change).isWaitingAt(ChangeProcess.ROLL_BACK);
        complete(task(change), withVariables("rollbackSteps", "卸载补丁", "afterRollback", "ABANDON"));
        assertThat(change).isEnded().hasPassed(ChangeProcess.ABANDON, ChangeProcess.END_ABANDONED);
        verify(changes).abandon(ID);
    }

    @Test
    void aWindowInsideOpeningHoursIsRefusedUntilAReasonIsGiven() {
        ProcessInstance change = start("STANDARD");
        complete(task(change), withVariables("approvalDecision", "APPROVED"));
        doThrow(InvalidRequestException.of("windowStart", "停机窗口落在系统开放时间内"))
                .when(changes).schedule(eq(ID), any(), any(), eq(true), isNull(), any());

        String taskId = task(change).getId();
        assertThatThrownBy(() -> scheduleWindow(change, null)).hasRootCauseInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("开放时间");
        assertThat(change).isWaitingAt(ChangeProcess.SCHEDULE);
        org.assertj.core.api.Assertions.assertThat(task(change).getId()).isEqualTo(taskId);

        scheduleWindow(change, "须在挂号开始前完成，07:00 前结束");
        verify(changes).schedule(ID, WINDOW, WINDOW.plusSeconds(3 * 3600), true, "须在挂号开始前完成，07:00 前结束",
                hospitalIt);
        assertThat(change).isWaitingAt(ChangeProcess.REMINDER_DUE);
    }

    @Test
    void aFailedImplementationIsRolledBackAndTheChangeReplanned() {
        ProcessInstance change = start("STANDARD");
        complete(task(change), withVariables("approvalDecision", "APPROVED"));
        scheduleWindow(change, null);
        execute(job(change));
        execute(job(change));
        complete(task(change), withVariables("implementationSteps", "升级脚本第 3 步报错", "implementationOutcome", "FAILED"));

        assertThat(change).isWaitingAt(ChangeProcess.ROLL_BACK).hasNotPassed(ChangeProcess.VERIFY);
        complete(task(change), withVariables("rollbackSteps", "恢复 10.0 备份，报表正常", "afterRollback", "REPLAN",
                "implementationPlan", "先升级测试环境", "revisionNote", "增加测试环境演练"));
        verify(changes).recordRollback(ID, "恢复 10.0 备份，报表正常", true, "先升级测试环境", "增加测试环境演练",
                hospitalIt);
        assertThat(change).isWaitingAt(ChangeProcess.APPROVE);
        verify(changes, never()).complete(ID);
    }

    @Test
    void aRefusedVerificationIsRolledBackAndTheChangeAbandoned() {
        ProcessInstance change = start("STANDARD");
        complete(task(change), withVariables("approvalDecision", "APPROVED"));
        scheduleWindow(change, null);
        execute(job(change));
        execute(job(change));
        complete(task(change), withVariables("implementationSteps", "升级完成", "implementationOutcome", "SUCCESS"));
        complete(task(change), withVariables("verificationDecision", "REFUSED", "verificationRemarks", "三张报表数据不一致"));
        verify(changes).verify(ID, false, "三张报表数据不一致", hospitalIt);

        assertThat(change).isWaitingAt(ChangeProcess.ROLL_BACK);
        complete(task(change), withVariables("rollbackSteps", "恢复 10.0", "afterRollback", "ABANDON"));
        assertThat(change).isEnded().hasPassed(ChangeProcess.END_ABANDONED).hasNotPassed(ChangeProcess.RECORD_VERSION);
        verify(changes).abandon(ID);
        verify(changes, never()).complete(ID);
    }

    @Test
    void aDecisionThatIsNeitherIsRefused() {
        ProcessInstance change = start("STANDARD");
        assertThatThrownBy(() -> complete(task(change), withVariables("approvalDecision", "MAYBE")))
                .hasRootCauseInstanceOf(InvalidRequestException.class).hasMessageContaining("请选择意见");
    }

    private static void scheduleWindow(ProcessInstance change, String reason) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("windowStartAt", "2026-12-05T22:00+08:00");
        values.put("windowEndAt", "2026-12-06T01:00+08:00");
        values.put("takesServiceDown", true);
        values.put("outageReason", reason);
        complete(task(change), values);
    }

    private static ProcessInstance start(String kind) {
        return runtimeService().startProcessInstanceByKey(ChangeProcess.KEY, "BG-000042", Variables.createVariables()
                .putValue("contractCode", "nanshan-report")
                .putValue("kind", kind).putValue("approverGroup", IT).putValue("implementer", null));
    }
}
