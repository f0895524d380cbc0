package com.weibao.cases.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.weibao.cases.Channel;
import com.weibao.cases.FaultType;
import com.weibao.cases.Impact;
import com.weibao.cases.NewCase;
import com.weibao.cases.Reporter;
import com.weibao.cases.Satisfaction;
import com.weibao.cases.SupportCase;
import com.weibao.cases.SupportCaseService;
import com.weibao.cases.SupportMode;
import com.weibao.cases.SupportOutcome;
import com.weibao.cases.SupportReport;
import com.weibao.contract.Category;
import com.weibao.contract.Contract;
import com.weibao.contract.Hospital;
import com.weibao.contract.Priority;
import com.weibao.platform.engine.EngineCallers;
import com.weibao.platform.engine.EngineCalls;
import com.weibao.platform.engine.HospitalTenancy;
import com.weibao.platform.security.Caller;
import com.weibao.platform.security.CallerDirectory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
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

/**
 * Every path of CaseProcess, with the real delegates and listeners and the case service mocked: the
 * diagram's routing, candidate groups and tenants, and what each step hands to the domain.
 */
@Deployment(resources = {"CaseProcess.bpmn", "FaultLevelDecision.dmn"})
class CaseProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.get()).build();

    private static final long CASE_ID = 42L;
    private static final String NUMBER = "WB-2026-000042";

    private static final Caller AGENT = new Caller("agent", Set.of("agents"), Set.of("renmin"));

    private SupportCaseService cases;

    @BeforeEach
    void registerBeans() {
        cases = mock(SupportCaseService.class);
        SupportCase registered = mock(SupportCase.class);
        when(registered.getId()).thenReturn(CASE_ID);
        when(registered.getNumber()).thenReturn(NUMBER);
        when(cases.register(any(), anyString(), any())).thenReturn(registered);
        CallerDirectory callers = mock(CallerDirectory.class);
        when(callers.caller("agent")).thenReturn(AGENT);
        EngineCalls engineCalls = mock(EngineCalls.class);
        when(engineCalls.asApplication(any())).thenAnswer(call -> call.<Supplier<?>>getArgument(0).get());

        Hospital hospital = new Hospital("renmin", "市人民医院");
        Contract contract = new Contract("e-invoice", hospital);
        contract.updateTerms("电子票据", LocalDate.of(2026, 1, 1), null, "7×24", List.of("engineers"));
        SupportCase loaded = mock(SupportCase.class);
        when(loaded.getId()).thenReturn(CASE_ID);
        when(loaded.getNumber()).thenReturn(NUMBER);
        when(loaded.getContract()).thenReturn(contract);
        when(loaded.hospitalCode()).thenReturn("renmin");
        when(loaded.getAssignee()).thenReturn("engineer1");
        when(loaded.getCategory()).thenReturn(Category.FAULT);
        when(loaded.getPriority()).thenReturn(Priority.P3);
        when(cases.get(CASE_ID)).thenReturn(loaded);
        when(cases.idOfProcess(anyString())).thenReturn(CASE_ID);

        Mocks.register("registerCase", new RegisterCaseDelegate(cases, new EngineCallers(callers, engineCalls)));
        Mocks.register("faultLevelProposed", new FaultLevelProposedListener(cases));
        Mocks.register("caseView", mock(TaskListener.class));
        Mocks.register("engineerChoice", mock(TaskListener.class));
        Mocks.register("caseRouting", new CaseRouting(cases));
        Mocks.register("triageCompleted", new TriageCompletedListener(cases));
        Mocks.register("dispatchCompleted", new DispatchCompletedListener(cases));
        Mocks.register("supportCompleted", new SupportCompletedListener(cases));
        Mocks.register("remoteAccessDecided", new RemoteAccessDecidedListener(cases));
        Mocks.register("resolutionCompleted", new ResolutionCompletedListener(cases));
        Mocks.register("confirmationCompleted", new ConfirmationCompletedListener(cases));
        Mocks.register("agreedTimeReached", new AgreedTimeReachedListener(cases));
        Mocks.register("slaTimers", mock(com.weibao.sla.process.SlaTimers.class));
        Mocks.register("slaWatcherStarted", mock(org.camunda.bpm.engine.delegate.ExecutionListener.class));
        Mocks.register("slaWatcher", mock(com.weibao.sla.process.SlaWatcher.class));
        Mocks.register("handOverCase", new HandOverCaseDelegate(cases, engineCalls));
        Mocks.register("slaEscalations", mock(com.weibao.sla.SlaEscalations.class));
        Mocks.register("closeCase", new CloseCaseDelegate(cases));
        Mocks.register("archiveCase", new ArchiveCaseDelegate(cases));
        Mocks.register("forwardComplaint", new ForwardComplaintDelegate(cases));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void happyPath_fromRegistrationToArchive() {
        ProcessInstance instance = startCase("e-invoice", Impact.PAYMENT_DOWN);

        ArgumentCaptor<NewCase> registered = ArgumentCaptor.forClass(NewCase.class);
        verify(cases).register(registered.capture(), eq(instance.getId()), eq(AGENT));
        assertThat(registered.getValue().summary()).isEqualTo("电子票据无法开具");
        assertThat(registered.getValue().reporter().getName()).isEqualTo("王护士");
        assertThat(registered.getValue().channel()).isEqualTo(Channel.PHONE);
        assertThat(registered.getValue().registeredBy()).isEqualTo("agent");
        verify(cases).proposePriority(CASE_ID, Priority.P2);
        assertThat(instance.getTenantId()).isEqualTo("renmin");
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(NUMBER).count()).isOne();
        assertThat(runtimeService().getVariables(instance.getId()))
                .containsEntry("caseId", CASE_ID).containsEntry("caseNumber", NUMBER).containsEntry("priority", "P2")
                .doesNotContainKeys("summary", "description", "reporterName", "reporterPhone", "systemCode");

        triage(instance, "P1");
        verify(cases).triage(CASE_ID, "einvoice-app", Category.FAULT, Impact.PAYMENT_DOWN, Priority.P1,
                FaultType.INTERFACE, "收费窗口全部停开", "agent");
        assertThat(runtimeService().getVariables(instance.getId())).doesNotContainKeys("systemCode", "triageNote");

        dispatch(instance);
        verify(cases).dispatch(CASE_ID, "engineer1", "请尽快联系", "agent");
        assertThat(instance).isWaitingAt(CaseProcess.SUPPORT_CASE).task().isAssignedTo("engineer1")
                .hasCandidateGroupAssociated("engineers").hasCandidateGroupAssociated("leads");

        support(instance, SupportMode.ONSITE, SupportOutcome.RESOLVED, null);
        ArgumentCaptor<SupportReport> report = ArgumentCaptor.forClass(SupportReport.class);
        verify(cases).reportSupport(eq(CASE_ID), report.capture(), eq("engineer1"));
        assertThat(report.getValue().mode()).isEqualTo(SupportMode.ONSITE);
        assertThat(report.getValue().startedAt()).isEqualTo(Instant.parse("2026-11-20T02:00:00Z"));
        assertThat(report.getValue().endedAt()).isEqualTo(Instant.parse("2026-11-20T03:30:00Z"));

        resolve(instance);
        verify(cases).resolve(CASE_ID, FaultType.INTERFACE, "财政平台证书过期", "更新证书并重启接口服务", "engineer1");

        confirm(instance, "CONFIRMED");
        verify(cases).confirm(CASE_ID, Satisfaction.EXCELLENT, "响应很快", "it-renmin");
        assertThat(instance).isWaitingAt(CaseProcess.CLOSE_CASE);
        execute(job());
        verify(cases).close(CASE_ID, CaseProcess.SYSTEM_ACTOR);
        verify(cases).archive(CASE_ID, CaseProcess.SYSTEM_ACTOR);
        assertThat(instance).isEnded().hasPassedInOrder(CaseProcess.REGISTER_CASE, CaseProcess.PROPOSE_FAULT_LEVEL,
                CaseProcess.TRIAGE_CASE, CaseProcess.DISPATCH_CASE, CaseProcess.SUPPORT_CASE, CaseProcess.RESOLVE_CASE,
                CaseProcess.CONFIRM_RESOLUTION, CaseProcess.CLOSE_CASE, CaseProcess.ARCHIVE_CASE,
                CaseProcess.END_ARCHIVED).hasNotPassed(CaseProcess.HAND_OVER);
        verify(cases, never()).handOverToHospital(any(Long.class), any(), any());
    }

    @Test
    void aCaseWithoutAContractRunsInTheDesksTenantUntilTriageHandsItOverToTheHospital() {
        ProcessInstance desk = startCase(null, Impact.FUNCTION_IMPAIRED);
        assertThat(desk.getTenantId()).isEqualTo(HospitalTenancy.DESK);
        assertThat(desk).isWaitingAt(CaseProcess.TRIAGE_CASE);
        assertThat(task().getTenantId()).isEqualTo(HospitalTenancy.DESK);

        actAs("agent");
        complete(task(), withVariables("triageDecision", "ACCEPT", "triageContract", "e-invoice",
                "systemCode", "einvoice-app", "category", "FAULT", "priority", "P3"));

        verify(cases).assignContract(CASE_ID, "e-invoice", "agent");
        assertThat(desk).isEnded().hasPassedInOrder(CaseProcess.TRIAGE_CASE, CaseProcess.HAND_OVER,
                CaseProcess.END_HANDED_OVER).hasNotPassed(CaseProcess.DISPATCH_CASE);
        ProcessInstance hospital = runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(NUMBER)
                .active().singleResult();
        assertThat(hospital.getId()).isNotEqualTo(desk.getId());
        assertThat(hospital.getTenantId()).isEqualTo("renmin");
        verify(cases).handOverToHospital(CASE_ID, hospital.getId(), "agent");
        assertThat(runtimeService().getVariables(hospital.getId())).containsEntry("contractCode", "e-invoice")
                .containsEntry("caseId", CASE_ID).containsEntry("caseNumber", NUMBER).containsEntry("priority", "P3")
                .containsEntry("category", "FAULT");

        // the new instance waits after its start until the handing-over transaction has committed
        assertThat(hospital).isWaitingAt(CaseProcess.START_HANDED_OVER);
        execute(job());
        assertThat(hospital).isWaitingAt(CaseProcess.DISPATCH_CASE);
        assertThat(task().getTenantId()).isEqualTo("renmin");
        dispatch(hospital);
        support(hospital, SupportMode.REMOTE, SupportOutcome.RESOLVED, null);
        resolve(hospital);
        confirm(hospital, "CONFIRMED");
        execute(job());
        assertThat(hospital).isEnded().hasPassedInOrder(CaseProcess.START_HANDED_OVER, CaseProcess.DISPATCH_CASE,
                CaseProcess.SUPPORT_CASE, CaseProcess.RESOLVE_CASE, CaseProcess.CONFIRM_RESOLUTION,
                CaseProcess.CLOSE_CASE, CaseProcess.ARCHIVE_CASE, CaseProcess.END_ARCHIVED);
        verify(cases).archive(CASE_ID, CaseProcess.SYSTEM_ACTOR);
    }

    @Test
    void aDuplicateWithoutAContractIsCancelledInTheDesksTenant() {
        ProcessInstance desk = startCase(null, Impact.FUNCTION_IMPAIRED);
        assertThat(desk).isWaitingAt(CaseProcess.TRIAGE_CASE);

        actAs("agent");
        complete(task(), withVariables("triageDecision", "DUPLICATE", "duplicateOf", "WB-2026-000041",
                "cancelReason", "同一发件人重复来信"));

        assertThat(desk).isEnded().hasPassed(CaseProcess.END_CANCELLED).hasNotPassed(CaseProcess.HAND_OVER);
        verify(cases, never()).handOverToHospital(any(Long.class), any(), any());
        assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(NUMBER).count()).isZero();
    }

    @Test
    void triageProposesLevelAndOffersTheTaskToAgentsAndLeads() {
        ProcessInstance instance = startCase("fuscc-internet-hospital", Impact.PAYMENT_DOWN);

        verify(cases).proposePriority(CASE_ID, Priority.P1);
        assertThat(instance).isWaitingAt(CaseProcess.TRIAGE_CASE).task()
                .hasCandidateGroup("agents").hasCandidateGroup("leads").isNotAssigned();
        assertThat(task().getTenantId()).isEqualTo("fuscc");
    }

    @Test
    void reopenedCaseGoesBackToSupportWithTheReason() {
        ProcessInstance instance = startCase("e-invoice", Impact.PARTIAL_OUTAGE);
        triage(instance, "P2");
        dispatch(instance);
        support(instance, SupportMode.HOTLINE, SupportOutcome.RESOLVED, null);
        resolve(instance);

        confirm(instance, "REOPENED");
        verify(cases).reopen(CASE_ID, "开票仍然报错", "it-renmin");
        verify(cases, never()).confirm(any(Long.class), any(), any(), any());
        assertThat(instance).isWaitingAt(CaseProcess.SUPPORT_CASE).task().isAssignedTo("engineer1");

        support(instance, SupportMode.ONSITE, SupportOutcome.RESOLVED, null);
        resolve(instance);
        confirm(instance, "CONFIRMED");
        execute(job());
        assertThat(instance).isEnded().hasPassed(CaseProcess.END_ARCHIVED);
    }

    @Test
    void remoteAccessApprovedByTheHospitalItDepartment() {
        ProcessInstance instance = startCase("e-invoice", Impact.FUNCTION_IMPAIRED);
        triage(instance, "P3");
        dispatch(instance);

        support(instance, null, SupportOutcome.REQUEST_REMOTE_ACCESS, "远程登录应用服务器查看日志并重启服务");
        ArgumentCaptor<SupportReport> report = ArgumentCaptor.forClass(SupportReport.class);
        verify(cases).reportSupport(eq(CASE_ID), report.capture(), eq("engineer1"));
        assertThat(report.getValue().remoteAccessPurpose()).isEqualTo("远程登录应用服务器查看日志并重启服务");
        assertThat(report.getValue().mode()).isNull();
        assertThat(instance).isWaitingAt(CaseProcess.APPROVE_REMOTE_ACCESS).task()
                .hasCandidateGroup("hospital-it-renmin").isNotAssigned();

        actAs("it-renmin");
        complete(task(), withVariables("remoteAccessDecision", "GRANTED", "remoteAccessNote", "今晚22点后可操作"));
        verify(cases).decideRemoteAccess(CASE_ID, true, "今晚22点后可操作", "it-renmin");
        assertThat(instance).isWaitingAt(CaseProcess.SUPPORT_CASE).task().isAssignedTo("engineer1");
        assertThat(runtimeService().getVariables(instance.getId()))
                .doesNotContainKeys("remoteAccessDecision", "remoteAccessNote", "remoteAccessPurpose");
    }

    @Test
    void remoteAccessRefusedGoesBackToTheEngineer() {
        ProcessInstance instance = startCase("e-invoice", Impact.FUNCTION_IMPAIRED);
        triage(instance, "P3");
        dispatch(instance);
        support(instance, SupportMode.HOTLINE, SupportOutcome.REQUEST_REMOTE_ACCESS, "远程重启接口服务");

        actAs("it-renmin");
        complete(task(), withVariables("remoteAccessDecision", "REFUSED", "remoteAccessNote", "白天业务高峰，请到现场"));
        verify(cases).decideRemoteAccess(CASE_ID, false, "白天业务高峰，请到现场", "it-renmin");
        assertThat(instance).isWaitingAt(CaseProcess.SUPPORT_CASE);
    }

    /**
     * A case triaged as 投诉 (from any intake channel) is not dispatched to an engineer: it goes to the complaint
     * handling and waits for the answer, then is archived (the complaint closes it).
     */
    @Test
    void aComplaintIsForwardedToTheComplaintHandling_notDispatched_andArchivedOnceAnswered() {
        ProcessInstance instance = startCase("e-invoice", Impact.FUNCTION_IMPAIRED);
        assertThat(instance).isWaitingAt(CaseProcess.TRIAGE_CASE);
        actAs("agent");
        complete(task(), withVariables("triageDecision", "ACCEPT", "systemCode", "einvoice-app", "category",
                "COMPLAINT", "priority", "P3", "triageNote", "报修人投诉工程师态度"));
        verify(cases).triage(CASE_ID, "einvoice-app", Category.COMPLAINT, Impact.FUNCTION_IMPAIRED, Priority.P3,
                null, "报修人投诉工程师态度", "agent");
        verify(cases).forwardComplaint(CASE_ID, "agent");
        assertThat(instance).isWaitingAt(CaseProcess.COMPLAINT_ANSWERED).hasNotPassed(CaseProcess.DISPATCH_CASE);
        assertThat(taskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();

        runtimeService().createMessageCorrelation(CaseProcess.MESSAGE_COMPLAINT_ANSWERED)
                .processInstanceId(instance.getId()).correlate();
        verify(cases).archive(CASE_ID, CaseProcess.SYSTEM_ACTOR);
        verify(cases, never()).dispatch(any(Long.class), any(), any(), any());
        assertThat(instance).isEnded().hasPassedInOrder(CaseProcess.TRIAGE_CASE, CaseProcess.FORWARD_COMPLAINT,
                CaseProcess.COMPLAINT_ANSWERED, CaseProcess.ARCHIVE_CASE, CaseProcess.END_ARCHIVED)
                .hasNotPassed(CaseProcess.SUPPORT_CASE, CaseProcess.CLOSE_CASE);
    }

    @Test
    void duplicateIsCancelledAtTriage() {
        ProcessInstance instance = startCase("e-invoice", Impact.PAYMENT_DOWN);

        assertThat(instance).isWaitingAt(CaseProcess.TRIAGE_CASE);
        actAs("agent");
        complete(task(), withVariables("triageDecision", "DUPLICATE", "duplicateOf", "WB-2026-000041",
                "cancelReason", "同一收费处十分钟前已报修"));

        verify(cases).cancelAsDuplicate(CASE_ID, "WB-2026-000041", "同一收费处十分钟前已报修", "agent");
        verify(cases, never()).triage(any(Long.class), any(), any(), any(), any(), any(), any(), any());
        assertThat(instance).isEnded().hasPassed(CaseProcess.END_CANCELLED).hasNotPassed(CaseProcess.DISPATCH_CASE);
    }

    @Test
    void waitingForTheReporterResumesWhenTheyReply() {
        ProcessInstance instance = startCase("queue-call", Impact.FUNCTION_IMPAIRED);
        triage(instance, "P3");
        dispatch(instance);
        support(instance, SupportMode.HOTLINE, SupportOutcome.WAIT_FOR_REPORTER, null);

        assertThat(instance).isWaitingAt(CaseProcess.REPORTER_REPLIED);
        runtimeService().createMessageCorrelation(CaseProcess.MESSAGE_REPORTER_REPLIED)
                .processInstanceBusinessKey(NUMBER).correlate();
        assertThat(instance).isWaitingAt(CaseProcess.SUPPORT_CASE).task().isAssignedTo("engineer1");
    }

    @Test
    void continuingSupportRecordsEachRound() {
        ProcessInstance instance = startCase("e-invoice", Impact.FUNCTION_IMPAIRED);
        triage(instance, "P3");
        dispatch(instance);
        support(instance, SupportMode.HOTLINE, SupportOutcome.CONTINUE, null);
        assertThat(instance).isWaitingAt(CaseProcess.SUPPORT_CASE);
        support(instance, SupportMode.REMOTE, SupportOutcome.CONTINUE, null);
        verify(cases, org.mockito.Mockito.times(2)).reportSupport(eq(CASE_ID), any(), eq("engineer1"));
        assertThat(instance).isWaitingAt(CaseProcess.SUPPORT_CASE);
    }

    /**
     * The engine works for this user: vendor staff belong to every hospital's tenant and the desk's, hospital users
     * to their own hospital's only.
     */
    private static void actAs(String user) {
        List<String> tenants = new java.util.ArrayList<>(List.of(HospitalTenancy.DESK));
        tenants.addAll(ProcessTestEngine.HOSPITAL_OF_CONTRACT.values());
        if (user.startsWith("it-")) {
            tenants = List.of(user.substring(3));
        }
        engine.getIdentityService().setAuthentication(user, List.of(), tenants);
    }

    private ProcessInstance startCase(String contract, Impact impact) {
        actAs("agent");
        NewCase newCase = new NewCase(contract, null, new Reporter("王护士", "13800000000", null, "门诊收费处"),
                contract == null ? Channel.EMAIL : Channel.PHONE, Category.FAULT, impact, "电子票据无法开具",
                "收费窗口开票报错", Instant.parse("2026-11-20T01:00:00Z"), null, null, contract == null);
        ProcessInstance instance = runtimeService().startProcessInstanceByKey(CaseProcess.KEY,
                CaseVariables.startVariables(newCase));
        engine.getIdentityService().clearAuthentication();
        return instance;
    }

    private void triage(ProcessInstance instance, String priority) {
        assertThat(instance).isWaitingAt(CaseProcess.TRIAGE_CASE);
        actAs("agent");
        complete(task(), withVariables("triageDecision", "ACCEPT", "systemCode", "einvoice-app", "category", "FAULT",
                "priority", priority, "faultType", "INTERFACE", "triageNote", "收费窗口全部停开"));
    }

    private void dispatch(ProcessInstance instance) {
        assertThat(instance).isWaitingAt(CaseProcess.DISPATCH_CASE).task()
                .hasCandidateGroup("agents").hasCandidateGroup("leads");
        complete(task(), withVariables("assignee", "engineer1", "dispatchNote", "请尽快联系"));
    }

    private void support(ProcessInstance instance, SupportMode mode, SupportOutcome outcome, String purpose) {
        assertThat(instance).isWaitingAt(CaseProcess.SUPPORT_CASE);
        actAs("engineer1");
        complete(task(), withVariables("supportMode", mode == null ? null : mode.name(),
                "supportStartedAt", mode == null ? null : "2026-11-20T10:00+08:00",
                "supportEndedAt", mode == null ? null : "2026-11-20T11:30",
                "supportNotes", "检查接口日志", "supportOutcome", outcome.name(),
                "remoteAccessPurpose", purpose, "reporterQuestion",
                outcome == SupportOutcome.WAIT_FOR_REPORTER ? "请提供报错截图" : null));
    }

    private void resolve(ProcessInstance instance) {
        assertThat(instance).isWaitingAt(CaseProcess.RESOLVE_CASE).task().isAssignedTo("engineer1");
        complete(task(), withVariables("faultType", "INTERFACE", "rootCause", "财政平台证书过期",
                "resolution", "更新证书并重启接口服务"));
    }

    private void confirm(ProcessInstance instance, String confirmation) {
        assertThat(instance).isWaitingAt(CaseProcess.CONFIRM_RESOLUTION).task()
                .hasCandidateGroup("hospital-it-renmin").hasCandidateGroup("agents");
        actAs("it-renmin");
        complete(task(), withVariables("confirmation", confirmation,
                "satisfaction", "CONFIRMED".equals(confirmation) ? "EXCELLENT" : null,
                "feedback", "CONFIRMED".equals(confirmation) ? "响应很快" : null,
                "reopenReason", "REOPENED".equals(confirmation) ? "开票仍然报错" : null));
    }
}
