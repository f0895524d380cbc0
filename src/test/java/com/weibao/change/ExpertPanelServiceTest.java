package com.weibao.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.weibao.cases.CaseEvent;
import com.weibao.cases.CaseEventType;
import com.weibao.cases.SupportCase;
import com.weibao.cases.SupportCaseService;
import com.weibao.change.ExpertPanelApi.NewExpertPanel;
import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.contract.Hospital;
import com.weibao.contract.Priority;
import com.weibao.notify.NotificationRequest;
import com.weibao.notify.Notifications;
import com.weibao.notify.Recipient;
import com.weibao.platform.engine.EngineCallers;
import com.weibao.platform.identity.PeopleNames;
import com.weibao.platform.security.Caller;
import com.weibao.platform.web.ConflictException;
import com.weibao.platform.web.FieldViolation;
import com.weibao.platform.web.InvalidRequestException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The rules of an expert panel: who convenes (team leads, service managers) on which cases (P1/P2 or a repeat fault,
 * one open panel at a time), who sits on it (at least two of the vendor's engineers, leads or managers), that each
 * opinion is the expert's own and given once, that the conclusion waits for every opinion, and what the case and the
 * hospital's IT department are told.
 */
class ExpertPanelServiceTest {

    private static final String CASE = "WB-20261202-0007";
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    private final Caller lead = caller("lead", "leads");

    private ExpertPanelRepository repository;
    private SupportCaseService cases;
    private Notifications notifications;
    private ExpertPanelWorkflow workflow;
    private EngineCallers callers;
    private SupportCase supportCase;
    private final List<CaseEvent> history = new ArrayList<>();
    private final List<ExpertPanel> saved = new ArrayList<>();
    private ExpertPanelService service;

    @BeforeEach
    void setUp() {
        repository = mock(ExpertPanelRepository.class);
        cases = mock(SupportCaseService.class);
        notifications = mock(Notifications.class);
        workflow = mock(ExpertPanelWorkflow.class);
        callers = mock(EngineCallers.class);
        when(callers.caller(anyString())).thenAnswer(call -> {
            String user = call.getArgument(0);
            return switch (user) {
                case "engineer1", "engineer2" -> caller(user, "engineers");
                case "manager" -> caller(user, "managers");
                case "it-fuscc" -> caller(user, "hospital-it-fuscc");
                default -> new Caller(user, Set.of(), Set.of());
            };
        });
        PeopleNames people = mock(PeopleNames.class);
        when(people.nameOf(anyString())).thenAnswer(call -> switch (call.<String>getArgument(0)) {
            case "engineer1" -> "张伟 工程师";
            case "engineer2" -> "李强 工程师";
            case "lead" -> "陈刚 组长";
            default -> call.getArgument(0);
        });
        Contract contract = mock(Contract.class);
        when(contract.getCode()).thenReturn("fuscc-internet-hospital");
        when(contract.getName()).thenReturn("互联网医院运维");
        when(contract.getHospital()).thenReturn(new Hospital("fuscc", "复旦大学附属肿瘤医院"));
        ContractService contracts = mock(ContractService.class);
        when(contracts.find("fuscc-internet-hospital")).thenReturn(Optional.of(contract));
        supportCase = mock(SupportCase.class);
        when(supportCase.getId()).thenReturn(42L);
        when(supportCase.getNumber()).thenReturn(CASE);
        when(supportCase.getSummary()).thenReturn("扫码支付失败");
        when(supportCase.getContract()).thenReturn(contract);
        when(supportCase.hospitalCode()).thenReturn("fuscc");
        when(supportCase.getHistory()).thenReturn(history);
        when(cases.visibleCase(eq(CASE), any())).thenReturn(supportCase);
        when(cases.findByNumber(CASE)).thenReturn(Optional.of(supportCase));
        when(repository.saveAndFlush(any())).thenAnswer(call -> {
            ExpertPanel panel = call.getArgument(0);
            ReflectionTestUtils.setField(panel, "id", 7L);
            saved.add(panel);
            return panel;
        });
        when(repository.findById(7L)).thenAnswer(call -> saved.stream().findFirst());
        when(workflow.start(any())).thenReturn("pi-7");
        service = new ExpertPanelService(repository, cases, contracts, notifications, workflow, callers, people,
                Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aP3CaseWithoutARepeatIsRefusedAndNothingStarts() {
        when(supportCase.getPriority()).thenReturn(Priority.P3);
        assertThatThrownBy(() -> service.convene(CASE, panel("engineer1", "engineer2"), lead))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("只有一级、二级故障或重复故障可以召集专家会诊").hasMessageContaining("三级（P3）");
        verify(repository, never()).saveAndFlush(any());
        verify(workflow, never()).start(any());
    }

    @Test
    void aRepeatFaultQualifiesWhateverItsLevelAndEachExpertIsInvited() {
        when(supportCase.getPriority()).thenReturn(Priority.P3);
        CaseEvent repeat = mock(CaseEvent.class);
        when(repeat.getType()).thenReturn(CaseEventType.REPEAT_FAULT);
        history.add(repeat);

        ExpertPanel panel = service.convene(CASE, panel("engineer1", " engineer2 ", "engineer1"), lead);

        assertThat(panel.getReference()).isEqualTo("HZ-000007");
        assertThat(panel.getGrounds()).isEqualTo("重复故障");
        assertThat(panel.experts()).containsExactly("engineer1", "engineer2");
        assertThat(panel.getStatus()).isEqualTo(ExpertPanelStatus.COLLECTING_OPINIONS);
        assertThat(panel.getProcessInstanceId()).isEqualTo("pi-7");
        ArgumentCaptor<NotificationRequest> sent = ArgumentCaptor.forClass(NotificationRequest.class);
        verify(notifications, times(2)).send(sent.capture());
        assertThat(sent.getAllValues()).extracting(NotificationRequest::recipient)
                .containsExactly(Recipient.user("engineer1"), Recipient.user("engineer2"));
        assertThat(sent.getValue().body()).contains("陈刚 组长", CASE, "扫码支付失败", "重复故障", "发表专家意见",
                "张伟 工程师、李强 工程师").doesNotContain("lead ");
    }

    @Test
    void onlyTeamLeadsAndServiceManagersConvene() {
        when(supportCase.getPriority()).thenReturn(Priority.P1);
        for (Caller other : List.of(caller("engineer1", "engineers"), caller("agent", "agents"),
                new Caller("it-fuscc", Set.of("hospital-it-fuscc"), Set.of("fuscc")))) {
            assertThatThrownBy(() -> service.convene(CASE, panel("engineer1", "engineer2"), other))
                    .as(other.userId()).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(service.convene(CASE, panel("engineer1", "engineer2"), caller("manager", "managers"))
                .getGrounds()).isEqualTo("一级故障（P1）");
    }

    @Test
    void aPanelNeedsAQuestionAndAtLeastTwoOfTheVendorsExperts() {
        when(supportCase.getPriority()).thenReturn(Priority.P2);
        assertThatThrownBy(() -> service.convene(CASE, new NewExpertPanel(List.of("engineer1"), " "), lead))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.getViolations())
                        .extracting(FieldViolation::field).containsExactly("question", "experts"));
        assertThatThrownBy(() -> service.convene(CASE, panel("engineer1", "it-fuscc", "nobody"), lead))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.getViolations())
                        .extracting(FieldViolation::message).containsExactly(
                                "“it-fuscc”不是厂商的工程师、组长或服务经理，不能作为会诊专家",
                                "“nobody”不是厂商的工程师、组长或服务经理，不能作为会诊专家"));
        verify(workflow, never()).start(any());
    }

    @Test
    void aCaseHasOneOpenPanelAtATime() {
        when(supportCase.getPriority()).thenReturn(Priority.P1);
        ExpertPanel open = service.convene(CASE, panel("engineer1", "engineer2"), lead);
        when(repository.findByCaseNumberOrderByIdDesc(CASE)).thenReturn(List.of(open));
        assertThatThrownBy(() -> service.convene(CASE, panel("engineer1", "manager"), lead))
                .isInstanceOf(ConflictException.class).hasMessageContaining("已有进行中的专家会诊 HZ-000007");
    }

    @Test
    void eachOpinionIsTheExpertsOwnOnceAndTheConclusionWaitsForAllOfThem() {
        when(supportCase.getPriority()).thenReturn(Priority.P1);
        ExpertPanel panel = service.convene(CASE, panel("engineer1", "engineer2"), lead);

        assertThatThrownBy(() -> service.giveOpinion(7L, "我来代答", lead)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("只有受邀的会诊专家可以发表意见");
        assertThatThrownBy(() -> service.giveOpinion(7L, " ", caller("engineer1", "engineers")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.getViolations())
                        .extracting(FieldViolation::field).containsExactly("expertOpinion"));
        service.giveOpinion(7L, "证书过期", caller("engineer1", "engineers"));
        assertThatThrownBy(() -> service.giveOpinion(7L, "再说一次", caller("engineer1", "engineers")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("发表过意见");
        assertThatThrownBy(() -> service.conclude(7L, "更换证书", lead)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("征求专家意见");

        service.giveOpinion(7L, "同意，另需检查网关", caller("engineer2", "engineers"));
        assertThat(panel.getStatus()).isEqualTo(ExpertPanelStatus.AWAITING_CONCLUSION);
        assertThatThrownBy(() -> service.conclude(7L, "更换证书", caller("engineer1", "engineers")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("只有组长或服务经理");
        assertThatThrownBy(() -> service.conclude(7L, null, lead)).isInstanceOf(InvalidRequestException.class);
        service.conclude(7L, "更换证书并检查网关", lead);
        assertThat(panel.getStatus()).isEqualTo(ExpertPanelStatus.CONCLUDED);
        assertThat(panel.getConcludedBy()).isEqualTo("lead");
        assertThat(panel.getOpinions()).extracting(ExpertOpinion::getOpinion)
                .containsExactly("证书过期", "同意，另需检查网关");
    }

    @Test
    void theConclusionGoesIntoTheCasesHistoryAndToTheHospitalsItDepartmentOnce() {
        when(supportCase.getPriority()).thenReturn(Priority.P1);
        service.convene(CASE, panel("engineer1", "engineer2"), lead);
        service.giveOpinion(7L, "证书过期", caller("engineer1", "engineers"));
        service.giveOpinion(7L, "同意", caller("engineer2", "engineers"));
        service.conclude(7L, "今晚 22:00 更换支付网关证书", lead);

        service.inform(7L);
        service.inform(7L);

        ArgumentCaptor<String> detail = ArgumentCaptor.forClass(String.class);
        verify(cases).recordFollowUp(eq(42L), eq(CaseEventType.EXPERT_PANEL), detail.capture(), eq("lead"));
        assertThat(detail.getValue()).contains("HZ-000007", "张伟 工程师、李强 工程师", "会诊结论：今晚 22:00 更换支付网关证书");
        ArgumentCaptor<NotificationRequest> sent = ArgumentCaptor.forClass(NotificationRequest.class);
        verify(notifications, times(3)).send(sent.capture()); // two invitations, one conclusion
        NotificationRequest told = sent.getValue();
        assertThat(told.recipient()).isEqualTo(Recipient.group("hospital-it-fuscc"));
        assertThat(told.caseId()).isEqualTo(42L);
        assertThat(told.subject()).isEqualTo("专家会诊结论：工单 " + CASE + " 扫码支付失败");
        assertThat(told.body()).startsWith("复旦大学附属肿瘤医院信息科：").contains("一级故障（P1）",
                "今晚 22:00 更换支付网关证书", "记录人：陈刚 组长", "互联网医院运维")
                .doesNotContain("engineer1", "fuscc-internet-hospital");
        verify(cases, times(1)).recordFollowUp(anyLong(), any(), anyString(), anyString());
    }

    private static NewExpertPanel panel(String... experts) {
        return new NewExpertPanel(List.of(experts), "扫码支付间歇失败，是否与证书或连接池有关？");
    }

    private static Caller caller(String user, String group) {
        return new Caller(user, Set.of(group), Set.of("fuscc", "renmin"));
    }
}
