package com.weibao.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.weibao.cases.CaseApi;
import com.weibao.cases.CaseApi.CaseSummary;
import com.weibao.cases.CaseQueries;
import com.weibao.cases.CaseStatus;
import com.weibao.contract.Category;
import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.contract.Hospital;
import com.weibao.contract.Priority;
import com.weibao.notify.Notifications;
import com.weibao.platform.security.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The overdue flag from the service's Clock: a P3 case waiting longer than the contract's at-latest period without a
 * released release is overdue, even when it is planned in a release not yet out; a younger one is not; a released one
 * and a closed one leave the backlog. Dates are computed from now.
 */
class ReleaseBacklogTest {

    private static final String CONTRACT = "fuscc-internet-hospital";

    private final Instant now = Instant.now();
    private final ReleaseRepository releases = mock(ReleaseRepository.class);
    private final ReleaseCadenceRepository cadences = mock(ReleaseCadenceRepository.class);
    private final ContractService contracts = mock(ContractService.class);
    private final CaseQueries cases = mock(CaseQueries.class);
    private final Caller lead = new Caller("lead", Set.of("leads"), Set.of());

    @Test
    void aP3CaseWaitingLongerThanTheAtLatestPeriodWithoutARelease_isOverdue() {
        Contract contract = new Contract(CONTRACT, new Hospital("fuscc", "复旦大学附属肿瘤医院"));
        when(contracts.visibleContract(CONTRACT, lead)).thenReturn(contract);
        ReleaseCadence cadence = new ReleaseCadence(CONTRACT);
        cadence.update(Period.ofWeeks(1), Period.ofWeeks(2));
        when(cadences.findByContractCode(CONTRACT)).thenReturn(Optional.of(cadence));
        Release planned = release("WB-PLANNED-OLD");
        Release released = release("WB-RELEASED");
        released.released("2.0", now.minus(Duration.ofDays(1)));
        when(releases.findByContractCodeOrderByIdDesc(CONTRACT)).thenReturn(List.of(planned, released));
        when(cases.search(any(), eq(0), anyInt(), eq(lead))).thenReturn(new CaseApi.Page<>(List.of(
                p3("WB-OLD", daysAgo(15), CaseStatus.IN_PROGRESS),
                p3("WB-PLANNED-OLD", daysAgo(16), CaseStatus.IN_PROGRESS),
                p3("WB-YOUNG", daysAgo(3), CaseStatus.TRIAGED),
                p3("WB-RELEASED", daysAgo(20), CaseStatus.RESOLVED),
                p3("WB-CLOSED", daysAgo(30), CaseStatus.CLOSED)), 0, 200, 5, 1));

        ReleaseApi.Backlog backlog = service(Clock.fixed(now, ZoneOffset.UTC)).backlog(CONTRACT, false, lead);
        assertThat(backlog.every()).isEqualTo("P7D");
        assertThat(backlog.atLatest()).isEqualTo("P14D");
        assertThat(backlog.items()).extracting(ReleaseApi.BacklogItem::number)
                .containsExactly("WB-PLANNED-OLD", "WB-OLD", "WB-YOUNG");
        assertThat(backlog.items()).extracting(ReleaseApi.BacklogItem::overdue).containsExactly(true, true, false);
        assertThat(backlog.items().get(0).plannedIn()).isEqualTo(planned.getReference());
        assertThat(backlog.items().get(2).dueBy()).isEqualTo(daysAgo(3).plus(Duration.ofDays(14)));

        // a week later the young one is still within two weeks; twelve days later it is overdue
        assertThat(service(Clock.fixed(now.plus(Duration.ofDays(7)), ZoneOffset.UTC)).backlog(CONTRACT, true, lead)
                .items()).extracting(ReleaseApi.BacklogItem::number).containsExactly("WB-PLANNED-OLD", "WB-OLD");
        assertThat(service(Clock.fixed(now.plus(Duration.ofDays(12)), ZoneOffset.UTC)).backlog(CONTRACT, true, lead)
                .items()).extracting(ReleaseApi.BacklogItem::number)
                .containsExactly("WB-PLANNED-OLD", "WB-OLD", "WB-YOUNG");
    }

    @Test
    void withoutACadenceNothingIsOverdue() {
        Contract contract = new Contract(CONTRACT, new Hospital("fuscc", "复旦大学附属肿瘤医院"));
        when(contracts.visibleContract(CONTRACT, lead)).thenReturn(contract);
        when(cadences.findByContractCode(CONTRACT)).thenReturn(Optional.empty());
        when(releases.findByContractCodeOrderByIdDesc(CONTRACT)).thenReturn(List.of());
        when(cases.search(any(), eq(0), anyInt(), eq(lead))).thenReturn(new CaseApi.Page<>(List.of(
                p3("WB-OLD", daysAgo(60), CaseStatus.IN_PROGRESS)), 0, 200, 1, 1));
        ReleaseApi.Backlog backlog = service(Clock.fixed(now, ZoneOffset.UTC)).backlog(CONTRACT, false, lead);
        assertThat(backlog.items()).singleElement().satisfies(i -> {
            assertThat(i.overdue()).isFalse();
            assertThat(i.dueBy()).isNull();
        });
    }

    private ReleaseService service(Clock clock) {
        return new ReleaseService(releases, cadences, mock(ChangeService.class), contracts, cases,
                mock(Notifications.class), mock(ReleaseWorkflow.class), mock(ProductBugService.class), clock);
    }

    private Release release(String fixes) {
        Release release = new Release(CONTRACT, "fuscc", "patient-portal", "门户 2.1", "2.1", "2.0",
                now.plus(Duration.ofDays(2)), "lead", now);
        release.add(new ReleaseCase(release, fixes, "页面偶发报错", daysAgo(15), "lead", now));
        return release;
    }

    private Instant daysAgo(int days) {
        return now.minus(Duration.ofDays(days));
    }

    private static CaseSummary p3(String number, Instant reportedAt, CaseStatus status) {
        return new CaseSummary(number, status, Priority.P3, Category.FAULT, new CaseApi.Ref(CONTRACT, "合同"),
                new CaseApi.Ref("fuscc", "复旦大学附属肿瘤医院"), new CaseApi.Ref("patient-portal", "统一就诊服务门户"),
                "页面偶发报错", "张三", reportedAt, null);
    }
}
