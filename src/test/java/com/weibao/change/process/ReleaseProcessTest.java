package com.weibao.change.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.weibao.cases.process.ProcessTestEngine;
import com.weibao.change.ReleaseService;
import com.weibao.platform.engine.EngineCallers;
import com.weibao.platform.security.Caller;
import com.weibao.platform.web.InvalidRequestException;
import java.time.Instant;
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
 * Every path of ReleaseProcess with the real steps (ReleaseSteps) and the release service mocked: the list compiled
 * and sent, confirmed by the hospital, implemented, accepted and recorded in the version history; a plan sent back
 * by the hospital and compiled again; a refused acceptance implemented again; an empty list or a refusal without
 * remarks keeps the task open.
 */
@Deployment(resources = "ReleaseProcess.bpmn")
class ReleaseProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.get()).build();

    private static final long ID = 7L;
    private static final String IT = "hospital-it-fuscc";

    private ReleaseService releases;
    private final Caller caller = new Caller("lead", Set.of("leads"), Set.of());

    @BeforeEach
    void registerSteps() {
        releases = mock(ReleaseService.class);
        EngineCallers callers = mock(EngineCallers.class);
        when(callers.caller(any(DelegateTask.class), anyString())).thenReturn(caller);
        when(releases.idOfProcess(anyString())).thenReturn(ID);
        ReleaseSteps steps = new ReleaseSteps();
        Mocks.register("releaseProcessStarted", steps.processStarted(releases));
        Mocks.register("releaseForm", mock(TaskListener.class));
        Mocks.register("releaseListSent", steps.listSent(releases, callers));
        Mocks.register("releasePlanDecided", steps.planDecided(releases, callers));
        Mocks.register("releaseImplementationRecorded", steps.implementationRecorded(releases, callers));
        Mocks.register("releaseAcceptanceDecided", steps.acceptanceDecided(releases, callers));
        Mocks.register("recordReleaseVersion", steps.recordVersion(releases));
    }

    @AfterEach
    void clear() {
        Mocks.reset();
    }

    @Test
    void aWeeklyReleaseIsCompiledSentConfirmedImplementedAcceptedAndRecorded() {
        ProcessInstance release = start();
        verify(releases).bindProcess("FB-000007", release.getId());
        assertThat(release).isWaitingAt(ReleaseProcess.COMPILE);
        assertThat(task(release)).hasCandidateGroup("leads").hasCandidateGroup("managers");
        complete(task(release), withVariables("addCaseNumbers", "WB-1\nWB-2，WB-3", "plannedAt",
                "2026-12-05T22:00+08:00", "releaseNote", "周五晚发版"));
        verify(releases, atLeastOnce()).idOfProcess(release.getId()); // by its process instance, never a variable

        assertThat(release).isWaitingAt(ReleaseProcess.CONFIRM);
        assertThat(task(release)).hasCandidateGroup(IT);
        complete(task(release), withVariables("confirmationDecision", "CONFIRMED", "confirmationRemarks", "同意"));

        assertThat(release).isWaitingAt(ReleaseProcess.IMPLEMENT);
        assertThat(task(release)).hasCandidateGroup("engineers");
        complete(task(release), withVariables("implementationSteps", "22:00 部署；22:30 自测通过"));

        assertThat(release).isWaitingAt(ReleaseProcess.ACCEPT);
        assertThat(task(release)).hasCandidateGroup(IT);
        complete(task(release), withVariables("acceptanceDecision", "ACCEPTED", "acceptanceRemarks", "三个问题均已修复"));

        assertThat(release).isEnded().hasPassedInOrder(ReleaseProcess.COMPILE, ReleaseProcess.CONFIRM,
                ReleaseProcess.IMPLEMENT, ReleaseProcess.ACCEPT, ReleaseProcess.RECORD_VERSION,
                ReleaseProcess.END_RELEASED);
        InOrder order = inOrder(releases);
        order.verify(releases).addCase(ID, "WB-1", caller);
        order.verify(releases).addCase(ID, "WB-2", caller);
        order.verify(releases).addCase(ID, "WB-3", caller);
        order.verify(releases).send(ID, Instant.parse("2026-12-05T14:00:00Z"), "周五晚发版", caller);
        order.verify(releases).confirm(ID, true, "同意", caller);
        order.verify(releases).recordImplementation(ID, "22:00 部署；22:30 自测通过", caller);
        order.verify(releases).accept(ID, true, "三个问题均已修复", caller);
        order.verify(releases).released(ID);
    }

    @Test
    void aPlanTheHospitalSendsBackIsCompiledAgain() {
        ProcessInstance release = start();
        complete(task(release), withVariables("addCaseNumbers", null));
        verify(releases).send(ID, null, null, caller);
        complete(task(release), withVariables("confirmationDecision", "REFUSED", "confirmationRemarks",
                "周五门诊量大，请改到周六晚"));
        verify(releases).confirm(ID, false, "周五门诊量大，请改到周六晚", caller);

        assertThat(release).isWaitingAt(ReleaseProcess.COMPILE).hasNotPassed(ReleaseProcess.IMPLEMENT);
        complete(task(release), withVariables("plannedAt", "2026-12-06T22:00+08:00"));
        verify(releases).send(ID, Instant.parse("2026-12-06T14:00:00Z"), null, caller);
        assertThat(release).isWaitingAt(ReleaseProcess.CONFIRM);
        complete(task(release), withVariables("confirmationDecision", "CONFIRMED"));
        assertThat(release).isWaitingAt(ReleaseProcess.IMPLEMENT);
    }

    @Test
    void aRefusedAcceptanceIsImplementedAgain() {
        ProcessInstance release = start();
        complete(task(release), withVariables("addCaseNumbers", "WB-1"));
        complete(task(release), withVariables("confirmationDecision", "CONFIRMED"));
        complete(task(release), withVariables("implementationSteps", "部署"));
        complete(task(release), withVariables("acceptanceDecision", "REFUSED", "acceptanceRemarks", "WB-1 仍偶发报错"));
        verify(releases).accept(ID, false, "WB-1 仍偶发报错", caller);

        assertThat(release).isWaitingAt(ReleaseProcess.IMPLEMENT).hasNotPassed(ReleaseProcess.RECORD_VERSION);
        verify(releases, never()).released(ID);
        complete(task(release), withVariables("implementationSteps", "补丁二次部署"));
        complete(task(release), withVariables("acceptanceDecision", "ACCEPTED"));
        assertThat(release).isEnded().hasPassed(ReleaseProcess.END_RELEASED);
        verify(releases, times(2)).recordImplementation(eq(ID), anyString(), eq(caller));
        verify(releases).released(ID);
    }

    @Test
    void anEmptyListOrARefusalWithoutRemarksKeepsTheTaskOpen() {
        ProcessInstance release = start();
        doThrow(InvalidRequestException.of("cases", "发布清单是空的")).when(releases).send(eq(ID), isNull(), isNull(),
                any());
        String taskId = task(release).getId();
        assertThatThrownBy(() -> complete(task(release), withVariables("releaseNote", null)))
                .hasRootCauseInstanceOf(InvalidRequestException.class).hasMessageContaining("发布清单是空的");
        assertThat(release).isWaitingAt(ReleaseProcess.COMPILE);
        org.assertj.core.api.Assertions.assertThat(task(release).getId()).isEqualTo(taskId);

        complete(task(release), withVariables("releaseNote", "补充了工单"));
        assertThat(release).isWaitingAt(ReleaseProcess.CONFIRM);
        assertThatThrownBy(() -> complete(task(release), withVariables("confirmationDecision", "MAYBE")))
                .hasRootCauseInstanceOf(InvalidRequestException.class);
        assertThat(release).isWaitingAt(ReleaseProcess.CONFIRM);
    }

    private static ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(ReleaseProcess.KEY, "FB-000007", Variables.createVariables()
                .putValue("contractCode", "fuscc-internet-hospital").putValue("approverGroup", IT));
    }
}
