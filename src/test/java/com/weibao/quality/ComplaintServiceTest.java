package com.weibao.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.weibao.cases.Reporter;
import com.weibao.cases.SupportCase;
import com.weibao.cases.SupportCaseService;
import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.contract.Hospital;
import com.weibao.contract.SlaClock;
import com.weibao.notify.NotificationRequest;
import com.weibao.notify.Notifications;
import com.weibao.notify.Recipient;
import com.weibao.platform.identity.PeopleNames;
import com.weibao.platform.security.Caller;
import com.weibao.platform.web.FieldViolation;
import com.weibao.platform.web.InvalidRequestException;
import com.weibao.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The complaint rules without the engine: the deadline from the contract's terms (default two working days); who
 * handles it (the managers; the other managers when one is complained about; the leads when none is left); the
 * complained-about user refused; the outcome all-or-nothing; the complainant told; API input refused precisely.
 */
class ComplaintServiceTest {

    /** Friday 2026-09-25 is a holiday (中秋), so are Saturday and Sunday; Monday 09-28 is a working day. */
    private static final Instant NOW = Instant.parse("2026-09-24T08:00:00Z");

    private final SupportCaseService cases = mock(SupportCaseService.class);
    private final ContractService contracts = mock(ContractService.class);
    private final ComplaintRepository complaints = mock(ComplaintRepository.class);
    private final ComplaintPolicyRepository policies = mock(ComplaintPolicyRepository.class);
    private final ComplaintWorkflow workflow = mock(ComplaintWorkflow.class);
    private final Notifications notifications = mock(Notifications.class);
    private final PeopleNames people = mock(PeopleNames.class);
    private ComplaintService service;
    private Contract contract;
    private SupportCase repaired;

    @BeforeEach
    void setUp() {
        service = new ComplaintService(cases, contracts, complaints, policies, workflow, QualityServiceTest.TIME,
                notifications, Clock.fixed(NOW, ZoneOffset.UTC), people);
        contract = new Contract("zhanjiang-5g-emergency", new Hospital("zhanjiang", "湛江中心人民医院"));
        contract.updateTerms("5G+急救", LocalDate.of(2026, 1, 1), null, "7×24", List.of("engineers"));
        when(contracts.find(contract.getCode())).thenReturn(Optional.of(contract));
        repaired = mock(SupportCase.class);
        when(repaired.getId()).thenReturn(5L);
        when(repaired.getNumber()).thenReturn("ZJ-0005");
        when(repaired.getContract()).thenReturn(contract);
        when(repaired.hospitalCode()).thenReturn("zhanjiang");
        when(repaired.getAssignee()).thenReturn("engineer1");
        when(repaired.getReporter()).thenReturn(new Reporter("王医生", "138-0000-1234", null, "急诊科"));
        when(cases.visibleCase(eq("ZJ-0005"), any())).thenReturn(repaired);
        when(workflow.membersOf("managers")).thenReturn(List.of("manager", "manager2"));
        when(workflow.membersOf("engineers")).thenReturn(List.of("engineer1", "engineer2", "manager2"));
        when(workflow.start(anyString(), anyString(), any())).thenReturn("pi-1");
        when(people.nameOf(anyString())).thenAnswer(call -> "名字:" + call.getArgument(0));
        when(complaints.save(any())).thenAnswer(call -> {
            Complaint saved = call.getArgument(0);
            ReflectionTestUtils.setField(saved, "id", 12L);
            when(complaints.findById(12L)).thenReturn(Optional.of(saved));
            return saved;
        });
    }

    @Test
    void againstACase_byTheHospital_dueInTwoWorkingDaysByDefault_forTheManagers_notItsEngineer() {
        Caller it = new Caller("it-zhanjiang", Set.of("hospital-it-zhanjiang"), Set.of("zhanjiang"));
        when(contracts.visibleContract(contract.getCode(), it)).thenReturn(contract);

        ComplaintView filed = service.file(new ComplaintService.NewComplaint(contract.getCode(), "ZJ-0005", null,
                "工程师到场晚了两个小时"), it);

        assertThat(filed.reference()).isEqualTo("TS-12");
        assertThat(filed.subject()).isEqualTo(ComplaintSubject.CASE);
        assertThat(filed.channel()).isEqualTo(ComplaintChannel.API);
        // Thursday 16:00 + 2 working days (Friday and the weekend are off): Tuesday 09-29, 16:00 Shanghai
        assertThat(filed.dueAt()).isEqualTo(Instant.parse("2026-09-29T08:00:00Z"));
        verify(workflow).start("TS-12", contract.getCode(), filed.dueAt());
        assertThat(service.handlers(12L)).isEqualTo(new ComplaintService.Handlers(List.of("managers"), List.of()));
        assertThatThrownBy(() -> service.checkMayHandle(12L, "engineer1"))
                .isInstanceOf(ComplaintService.NotAllowedToHandle.class);
        service.checkMayHandle(12L, "manager");
        ArgumentCaptor<NotificationRequest> sent = ArgumentCaptor.forClass(NotificationRequest.class);
        verify(notifications).send(sent.capture());
        assertThat(sent.getValue().recipient()).isEqualTo(Recipient.group("managers"));
        assertThat(sent.getValue().body()).contains("TS-12", "针对工单 ZJ-0005", "工程师到场晚了两个小时");
    }

    @Test
    void againstAnEngineerWhoIsAManager_theOtherManagers_theContractsDeadline_andHeMayNotAnswer() {
        ComplaintPolicy oneDay = new ComplaintPolicy(contract.getCode());
        oneDay.update(new TimeSpan("P1D", SlaClock.WORKING_DAYS, null));
        when(policies.findById(contract.getCode())).thenReturn(Optional.of(oneDay));
        Caller clinical = new Caller("clinical-zhanjiang", Set.of("hospital-clinical-zhanjiang"), Set.of("zhanjiang"));
        when(contracts.visibleContract(contract.getCode(), clinical)).thenReturn(contract);

        ComplaintView filed = service.file(new ComplaintService.NewComplaint(contract.getCode(), null, "manager2",
                "驻场人员态度恶劣"), clinical);

        assertThat(filed.subject()).isEqualTo(ComplaintSubject.ENGINEER);
        assertThat(filed.dueAt()).isEqualTo(Instant.parse("2026-09-28T08:00:00Z"));
        assertThat(service.handlers(12L)).isEqualTo(new ComplaintService.Handlers(List.of(), List.of("manager")));
        assertThatThrownBy(() -> service.answer(12L, "查", false, null, "不属实", "manager2"))
                .isInstanceOf(ComplaintService.NotAllowedToHandle.class);

        when(workflow.membersOf("managers")).thenReturn(List.of("manager2"));
        assertThat(service.handlers(12L)).as("no other manager: the team leads")
                .isEqualTo(new ComplaintService.Handlers(List.of("leads"), List.of()));
    }

    @Test
    void theOutcomeIsAllOrNothing_andTheComplainantIsTold() {
        Caller it = new Caller("it-zhanjiang", Set.of("hospital-it-zhanjiang"), Set.of("zhanjiang"));
        when(contracts.visibleContract(contract.getCode(), it)).thenReturn(contract);
        service.file(new ComplaintService.NewComplaint(contract.getCode(), null, null, "热线总是占线"), it);

        assertThatThrownBy(() -> service.answer(12L, "调查了话务记录", true, " ", null, "manager"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.getViolations())
                        .extracting(FieldViolation::field).containsExactlyInAnyOrder("measures", "complaintReply"));
        assertThat(complaints.findById(12L).orElseThrow().getStatus()).isEqualTo(ComplaintStatus.OPEN);

        service.answer(12L, "调查了话务记录", true, "增加一条热线", "已增加热线，感谢监督", "manager");
        service.informComplainant(12L);

        ArgumentCaptor<NotificationRequest> sent = ArgumentCaptor.forClass(NotificationRequest.class);
        verify(notifications, org.mockito.Mockito.atLeastOnce()).send(sent.capture());
        NotificationRequest told = sent.getAllValues().get(sent.getAllValues().size() - 1);
        assertThat(told.recipient()).isEqualTo(Recipient.user("it-zhanjiang"));
        assertThat(told.event()).isEqualTo("COMPLAINT_ANSWERED");
        assertThat(told.body()).contains("投诉情况属实", "增加一条热线", "已增加热线，感谢监督", "名字:manager")
                .doesNotContain("调查了话务记录");
        verify(cases, never()).answerComplaint(any(Long.class), any(), any());
        assertThatThrownBy(() -> service.answer(12L, "再答一次", false, null, "x", "manager"))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void theDeadlineRemindsTheHandlersOnce() {
        Caller it = new Caller("it-zhanjiang", Set.of("hospital-it-zhanjiang"), Set.of("zhanjiang"));
        when(contracts.visibleContract(contract.getCode(), it)).thenReturn(contract);
        service.file(new ComplaintService.NewComplaint(contract.getCode(), null, null, "热线总是占线"), it);

        service.overdue(12L);
        service.overdue(12L);

        ArgumentCaptor<NotificationRequest> sent = ArgumentCaptor.forClass(NotificationRequest.class);
        verify(notifications, org.mockito.Mockito.times(2)).send(sent.capture());
        assertThat(sent.getAllValues().get(1).event()).isEqualTo("COMPLAINT_OVERDUE");
        assertThat(sent.getAllValues().get(1).recipient()).isEqualTo(Recipient.group("managers"));
    }

    @Test
    void badInputIsRefusedPrecisely_nothingSaved() {
        Caller agent = new Caller("agent", Set.of("agents"), Set.of("zhanjiang"));
        assertThatThrownBy(() -> service.file(new ComplaintService.NewComplaint(null, null, null, " "), agent))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.getViolations())
                        .extracting(FieldViolation::field).containsExactlyInAnyOrder("description", "contract"));
        when(contracts.visibleContract(contract.getCode(), agent)).thenReturn(contract);
        assertThatThrownBy(() -> service.file(new ComplaintService.NewComplaint(contract.getCode(), null, null,
                "服务差"), agent)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.getViolations())
                        .extracting(FieldViolation::field).containsExactlyInAnyOrder("caseNumber"));
        assertThatThrownBy(() -> service.file(new ComplaintService.NewComplaint(contract.getCode(), "ZJ-0005",
                "nobody", "服务差"), agent)).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.getViolations())
                        .extracting(FieldViolation::field).containsExactlyInAnyOrder("engineer"));
        when(contracts.visibleContract("fuscc-internet-hospital", agent)).thenThrow(new NotFoundException("no"));
        assertThatThrownBy(() -> service.file(new ComplaintService.NewComplaint("fuscc-internet-hospital", null,
                null, "服务差"), agent)).isInstanceOf(NotFoundException.class);
        verify(complaints, never()).save(any());
        verify(workflow, never()).start(anyString(), anyString(), any());
    }
}
