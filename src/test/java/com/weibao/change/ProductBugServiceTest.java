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

import com.weibao.cases.CaseEventType;
import com.weibao.cases.Reporter;
import com.weibao.cases.SupportCase;
import com.weibao.cases.SupportCaseService;
import com.weibao.change.ProductBugApi.NewProductBug;
import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.contract.CoveredSystem;
import com.weibao.notify.NotificationRequest;
import com.weibao.notify.Notifications;
import com.weibao.notify.Recipient;
import com.weibao.platform.identity.PeopleNames;
import com.weibao.platform.security.Caller;
import com.weibao.platform.web.FieldViolation;
import com.weibao.platform.web.InvalidRequestException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.access.AccessDeniedException;

/**
 * The product bug loop (seed 000): an engineer hands a case to R&D with a ticket and an expected fix date, the
 * reporter is told that date; the release that fixes the case is accepted, the reporter is told the fix is out, once.
 */
class ProductBugServiceTest {

    private static final String CASE = "WB-20261202-0011";
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    private final LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Asia/Shanghai"));
    private final Caller engineer = new Caller("engineer1", Set.of("engineers"), Set.of("fuscc"));

    private final List<ProductBug> stored = new ArrayList<>();
    private SupportCaseService cases;
    private Notifications notifications;
    private ProductBugService service;

    @BeforeEach
    void setUp() {
        ProductBugRepository bugs = mock(ProductBugRepository.class);
        when(bugs.save(any())).thenAnswer(call -> {
            stored.add(call.getArgument(0));
            return call.getArgument(0);
        });
        when(bugs.findByCaseNumberOrderByIdAsc(CASE)).thenAnswer(call -> List.copyOf(stored));
        cases = mock(SupportCaseService.class);
        notifications = mock(Notifications.class);
        Contract contract = mock(Contract.class);
        when(contract.getCode()).thenReturn("fuscc-internet-hospital");
        CoveredSystem portal = mock(CoveredSystem.class);
        when(portal.getName()).thenReturn("统一就诊服务门户");
        when(contract.findSystem("patient-portal")).thenReturn(Optional.of(portal));
        ContractService contracts = mock(ContractService.class);
        when(contracts.find("fuscc-internet-hospital")).thenReturn(Optional.of(contract));
        SupportCase supportCase = mock(SupportCase.class);
        when(supportCase.getId()).thenReturn(5L);
        when(supportCase.getNumber()).thenReturn(CASE);
        when(supportCase.getSummary()).thenReturn("预约页面偶发报错");
        when(supportCase.getContract()).thenReturn(contract);
        when(supportCase.hospitalCode()).thenReturn("fuscc");
        when(supportCase.getReporter()).thenReturn(new Reporter("周医生", null, "zhou@fuscc.example", "门诊部"));
        when(cases.visibleCase(eq(CASE), any())).thenReturn(supportCase);
        when(cases.findByNumber(CASE)).thenReturn(Optional.of(supportCase));
        service = new ProductBugService(bugs, cases, contracts, notifications, mock(PeopleNames.class),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void theReporterIsToldTheExpectedFixDateAndThenThatTheFixIsReleased() {
        LocalDate expected = today.plusDays(10);
        service.record(CASE, new NewProductBug(" RD-4711 ", expected, "预约接口并发时未加锁"), engineer);
        assertThat(service.awaitsFix(CASE)).isTrue();
        verify(cases).recordFollowUp(eq(5L), eq(CaseEventType.PRODUCT_BUG), eq("确认为产品缺陷，已转研发处理（研发工单 "
                + "RD-4711），预计 " + DateTimeFormatter.ofPattern("yyyy年M月d日").format(expected)
                + " 修复：预约接口并发时未加锁"), eq("engineer1"));
        ArgumentCaptor<NotificationRequest> sent = ArgumentCaptor.forClass(NotificationRequest.class);
        verify(notifications).send(sent.capture());
        assertThat(sent.getValue().recipient()).isEqualTo(Recipient.reporter());
        assertThat(sent.getValue().caseId()).isEqualTo(5L);
        assertThat(sent.getValue().body()).startsWith("您好，周医生：").contains("RD-4711",
                "预计修复日期：" + DateTimeFormatter.ofPattern("yyyy年M月d日").format(expected), "[" + CASE + "]");

        Release release = new Release("fuscc-internet-hospital", "fuscc", "patient-portal", "门户 2.2", "2.2", "2.1",
                now.plus(Duration.ofDays(2)), "lead", now);
        release.add(new ReleaseCase(release, CASE, "预约页面偶发报错", now.minus(Duration.ofDays(3)), "lead", now));
        service.fixReleased(release);
        service.fixReleased(release); // accepted once; a second call finds nothing waiting

        assertThat(service.awaitsFix(CASE)).isFalse();
        assertThat(stored).singleElement().satisfies(b -> {
            assertThat(b.getReleaseVersion()).isEqualTo("2.2");
            assertThat(b.getFixReleasedAt()).isEqualTo(now);
        });
        verify(cases).recordFollowUp(eq(5L), eq(CaseEventType.FIX_RELEASED), anyString(), eq("system"));
        verify(notifications, times(2)).send(sent.capture());
        NotificationRequest released = sent.getValue();
        assertThat(released.recipient()).isEqualTo(Recipient.reporter());
        assertThat(released.subject()).isEqualTo("您报修的问题修复已发布：工单 " + CASE);
        assertThat(released.body()).contains("RD-4711", "统一就诊服务门户 版本 2.2", "经信息科验收")
                .doesNotContain("patient-portal");
    }

    @Test
    void aTicketAndAnExpectedFixDateFromTodayOnAreRequiredAndOnlyTheVendorsEngineersRecord() {
        assertThatThrownBy(() -> service.record(CASE, new NewProductBug(" ", today.minusDays(1), null), engineer))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.getViolations())
                        .extracting(FieldViolation::field).containsExactly("ticket", "expectedFixOn"));
        assertThatThrownBy(() -> service.record(CASE, new NewProductBug("RD-1", null, null), engineer))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("请填写预计修复日期");
        assertThatThrownBy(() -> service.record(CASE, new NewProductBug("RD-1", today, null),
                new Caller("it-fuscc", Set.of("hospital-it-fuscc"), Set.of("fuscc"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.record(CASE, new NewProductBug("RD-1", today, null),
                new Caller("agent", Set.of("agents"), Set.of("fuscc")))).isInstanceOf(AccessDeniedException.class);
        verify(cases, never()).recordFollowUp(anyLong(), any(), anyString(), anyString());
        verify(notifications, never()).send(any());

        service.record(CASE, new NewProductBug("RD-1", today, null), engineer);
        assertThatThrownBy(() -> service.record(CASE, new NewProductBug("rd-1", today, null), engineer))
                .hasMessageContaining("已登记研发工单 rd-1");
    }
}
