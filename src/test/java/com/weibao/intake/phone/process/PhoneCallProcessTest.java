package com.weibao.intake.phone.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.weibao.cases.SupportCase;
import com.weibao.cases.process.ProcessTestEngine;
import com.weibao.intake.phone.HotlineHours;
import com.weibao.intake.phone.PhoneIntake;
import com.weibao.intake.phone.PhoneReport;
import com.weibao.platform.engine.HospitalTenancy;
import com.weibao.platform.engine.EngineCallers;
import com.weibao.platform.security.Caller;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

/** Every path of PhoneCallProcess with the real delegates and listeners and the phone intake mocked. */
@Deployment(resources = "PhoneCallProcess.bpmn")
class PhoneCallProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.get()).build();

    private static final String CALL_TIME = "2026-11-20T10:05:00+08:00";

    private PhoneIntake intake;
    private EngineCallers callers;

    @BeforeEach
    void registerBeans() {
        intake = mock(PhoneIntake.class);
        callers = mock(EngineCallers.class);
        when(callers.caller(any(org.camunda.bpm.engine.delegate.DelegateExecution.class), anyString()))
                .thenReturn(Caller.system("test"));
        when(callers.caller(any(org.camunda.bpm.engine.delegate.DelegateTask.class), anyString()))
                .thenReturn(Caller.system("test"));
        SupportCase created = mock(SupportCase.class);
        when(created.getNumber()).thenReturn("WB-2026-000077");
        when(intake.register(any(), anyString())).thenReturn(created);
        Mocks.register("lookUpCaller", new LookUpCallerDelegate(intake, callers));
        Mocks.register("callerView", mock(TaskListener.class));
        Mocks.register("callerConfirmed", new CallerConfirmedListener());
        Mocks.register("noteOnOpenCase", new NoteOnOpenCaseDelegate(intake, callers));
        Mocks.register("registerPhoneCase", new RegisterPhoneCaseDelegate(intake));
        Mocks.register("checkServiceHours", new CheckServiceHoursDelegate(intake));
        Mocks.register("registerCallbackCase", new RegisterCallbackCaseDelegate(intake));
        Mocks.register("callbackView", mock(TaskListener.class));
        Mocks.register("callbackCompleted", new CallbackCompletedListener(intake, callers));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void aKnownCallerWithoutOpenCasesIsRegisteredAtOnceFromTheCallTime() {
        assessAs(PhoneIntake.CallDecision.REGISTER, null, "王护士", "e-invoice");

        ProcessInstance instance = startForm(Map.of("callerPhone", "13800000000", "callTime", CALL_TIME,
                "category", "FAULT", "summary", "无法开票"));

        assertThat(instance).isEnded().hasPassed(PhoneCallProcess.REGISTER_PHONE_CASE, PhoneCallProcess.END_REGISTERED)
                .hasNotPassed(PhoneCallProcess.CONFIRM_CALLER);
        ArgumentCaptor<PhoneReport> report = ArgumentCaptor.forClass(PhoneReport.class);
        verify(intake).register(report.capture(), eq("agent"));
        assertThat(report.getValue().callTime()).isEqualTo(Instant.parse("2026-11-20T02:05:00Z"));
        assertThat(report.getValue().callerName()).isEqualTo("王护士");
        assertThat(report.getValue().contractCode()).isEqualTo("e-invoice");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName("caseNumber").singleResult().getValue())
                .isEqualTo("WB-2026-000077");
    }

    @Test
    void aCallAboutANamedOpenCaseBecomesANote() {
        assessAs(PhoneIntake.CallDecision.NOTE, "WB-2026-000011", "王护士", "e-invoice");

        ProcessInstance instance = startForm(Map.of("callerPhone", "13800000000", "callTime", CALL_TIME,
                "summary", "催促", "openCaseNumber", "WB-2026-000011"));

        assertThat(instance).isEnded().hasPassed(PhoneCallProcess.NOTE_ON_OPEN_CASE, PhoneCallProcess.END_NOTED);
        verify(intake).noteOnOpenCase(eq("WB-2026-000011"), any(), any());
        verify(intake, never()).register(any(), anyString());
    }

    @Test
    void theAgentWhoTookTheCallConfirmsAKnownCallersRepeatCallAsANote() {
        assessAs(PhoneIntake.CallDecision.CONFIRM, null, "王护士", "e-invoice");

        ProcessInstance instance = startForm(Map.of("callerPhone", "13800000000", "callTime", CALL_TIME,
                "summary", "又坏了"));

        assertThat(instance).isWaitingAt(PhoneCallProcess.CONFIRM_CALLER);
        assertThat(task()).isAssignedTo("agent");
        assertThat(engine.getTaskService().getIdentityLinksForTask(task().getId()))
                .extracting(link -> link.getGroupId()).contains("agents", "leads");
        complete(task(), withVariables("callDecision", "NOTE", "noteCaseNumber", "WB-2026-000012"));
        assertThat(instance).isEnded().hasPassed(PhoneCallProcess.END_NOTED);
        verify(intake).noteOnOpenCase(eq("WB-2026-000012"), any(), any());
    }

    @Test
    void anUnknownCallerIsRegisteredAfterTheAgentNamesThemAndTheContract() {
        assessAs(PhoneIntake.CallDecision.CONFIRM, null, null, null);
        ProcessInstance instance = startForm(Map.of("callerPhone", "13900000000", "callTime", CALL_TIME,
                "summary", "新问题"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(task(instance), withVariables("callDecision",
                "REGISTER"))).hasMessageContaining("callerName").hasMessageContaining("callContract");
        complete(task(instance), withVariables("callDecision", "REGISTER", "callerName", "钱主任", "callContract",
                "e-invoice"));

        assertThat(instance).isEnded().hasPassed(PhoneCallProcess.END_REGISTERED);
        ArgumentCaptor<PhoneReport> report = ArgumentCaptor.forClass(PhoneReport.class);
        verify(intake).register(report.capture(), eq("agent"));
        assertThat(report.getValue().callerName()).isEqualTo("钱主任");
    }

    @Test
    void aMissedCallAfterHoursBecomesACaseAndTheAgentsCallBackUntilReached() {
        ProcessInstance instance = missedCall(5L);
        when(intake.planCallback(instance.getId())).thenReturn(new PhoneIntake.CallbackPlan(true,
                HotlineHours.Basis.SLA_SERVICE_HOURS, "queue-call"));
        when(intake.registerCallbackCase(instance.getId())).thenReturn(Optional.of("WB-2026-000088"));
        assertThat(instance).isWaitingAt(PhoneCallProcess.CHECK_SERVICE_HOURS);
        execute(job());

        assertThat(instance).isWaitingAt(PhoneCallProcess.CALL_BACK).hasPassed(PhoneCallProcess.REGISTER_CALLBACK_CASE);
        assertThat(task()).hasCandidateGroup("agents").isNotAssigned();
        complete(task(), withVariables("callbackOutcome", "RETRY", "callbackNote", "无人接听"));
        assertThat(instance).isWaitingAt(PhoneCallProcess.CALL_BACK);
        complete(task(), withVariables("callbackOutcome", "REACHED", "callbackNote", "已联系"));

        assertThat(instance).isEnded().hasPassed(PhoneCallProcess.END_CALLED_BACK);
        verify(intake).recordCallback(eq(instance.getId()), eq(PhoneIntake.CallbackOutcome.RETRY), eq("无人接听"), any());
        verify(intake).recordCallback(eq(instance.getId()), eq(PhoneIntake.CallbackOutcome.REACHED), eq("已联系"),
                any());
    }

    @Test
    void aMissedCallWithinHoursIsCalledBackAndRegisteredFromTheCallTimeIfNeeded() {
        ProcessInstance instance = missedCall(6L);
        when(intake.planCallback(instance.getId())).thenReturn(new PhoneIntake.CallbackPlan(false,
                HotlineHours.Basis.HOTLINE_HOURS, null));
        execute(job(instance));

        assertThat(instance).isWaitingAt(PhoneCallProcess.CALL_BACK).hasNotPassed(PhoneCallProcess.REGISTER_CALLBACK_CASE);
        verify(intake, never()).registerCallbackCase(anyString());
        complete(task(), withVariables("callbackOutcome", "REGISTER", "callerName", "李工", "callContract",
                "queue-call", "summary", "叫号屏黑屏", "category", "FAULT"));

        assertThat(instance).isEnded().hasPassed(PhoneCallProcess.REGISTER_PHONE_CASE, PhoneCallProcess.END_REGISTERED);
        ArgumentCaptor<PhoneReport> report = ArgumentCaptor.forClass(PhoneReport.class);
        verify(intake).register(report.capture(), anyString());
        assertThat(report.getValue().callTime()).isEqualTo(Instant.parse("2026-11-20T02:05:00Z"));
        assertThat(report.getValue().callId()).isEqualTo("call-6");
        verify(intake, times(1)).recordCallback(eq(instance.getId()), eq(PhoneIntake.CallbackOutcome.REGISTER),
                isNull(), any());
    }

    private void assessAs(PhoneIntake.CallDecision decision, String noteCase, String name, String contract) {
        when(intake.assess(any(), any())).thenReturn(new PhoneIntake.Assessment(decision, noteCase, name, null, null,
                contract, "test", Instant.parse("2026-11-20T02:05:00Z")));
    }

    private ProcessInstance startForm(Map<String, Object> form) {
        engine.getIdentityService().setAuthentication("agent", List.of(), List.of(HospitalTenancy.DESK));
        return runtimeService().startProcessInstanceByKey(PhoneCallProcess.KEY, form);
    }

    private ProcessInstance missedCall(long phoneCallId) {
        return runtimeService().createMessageCorrelation(PhoneCallProcess.MESSAGE_CALL_MISSED)
                .processInstanceBusinessKey("call-" + phoneCallId)
                .setVariable("callerPhone", "13900000001")
                .setVariable("callId", "call-" + phoneCallId).setVariable("callTime", "2026-11-20T02:05:00Z")
                .correlateStartMessage();
    }
}
