package com.weibao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.when;

import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.contract.Hospital;
import com.weibao.sla.SlaFixtures;
import com.weibao.sla.StatutoryCalendars;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reports, and the assessments of the periods a contract is assessed by, are drafted on the first statutory working
 * day after their period, once.
 */
class ReportScheduleTest {

    private final ContractService contracts = mock(ContractService.class);
    private final ContractReports reports = mock(ContractReports.class);
    private final StatutoryCalendars calendars = mock(StatutoryCalendars.class);
    private ReportSchedule schedule;

    @BeforeEach
    void setUp() {
        when(calendars.current()).thenReturn(SlaFixtures.TIME.calendar());
        Contract running = new Contract("zhanjiang-5g-emergency", new Hospital("zhanjiang", "湛江中心人民医院"));
        running.updateTerms("5G+急救", LocalDate.of(2025, 6, 1), LocalDate.of(2027, 5, 31), null, List.of());
        Contract ended = new Contract("old", new Hospital("zhanjiang", "湛江中心人民医院"));
        ended.updateTerms("已结束", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), null, List.of());
        when(contracts.all()).thenReturn(List.of(running, ended));
        schedule = new ReportSchedule(contracts, reports, new AssessmentCriteria(), calendars, Clock.systemUTC());
    }

    @ParameterizedTest
    @CsvSource({
            "2026-09-30, 2026-10-08",   // National Day 1-7 October
            "2026-01-31, 2026-02-02",   // a Saturday: the Monday
            "2025-12-31, 2026-01-04",   // New Year 1-3 January, then the make-up Sunday
            "2026-02-13, 2026-02-14",   // the make-up Saturday before Spring Festival
            "2026-03-31, 2026-04-01"})
    void firstWorkingDayAfter(LocalDate last, LocalDate expected) {
        assertThat(schedule.firstWorkingDayAfter(last)).isEqualTo(expected);
    }

    @Test
    void afterNationalDayTheMonthAndTheQuarterAreDrafted() {
        assertThat(schedule.draftDue(LocalDate.of(2026, 10, 7))).as("still a holiday").isEmpty();
        assertThat(schedule.draftDue(LocalDate.of(2026, 10, 8)))
                .containsExactly("zhanjiang-5g-emergency/2026-09", "zhanjiang-5g-emergency/2026-Q3");
        verify(reports).startReview("zhanjiang-5g-emergency", ReportPeriod.parse("2026-09"));
        verify(reports).startReview("zhanjiang-5g-emergency", ReportPeriod.parse("2026-Q3"));
        verify(reports, never()).startReview(eq("old"), any(ReportPeriod.class));
        verify(reports, never()).startReview(anyString(), any(ReportPeriod.class), eq(ReportDocument.ASSESSMENT));
    }

    @Test
    void theYearOnTheMakeUpSundayAndNothingTwice() {
        assertThat(schedule.draftDue(LocalDate.of(2026, 1, 4))).containsExactly(
                "zhanjiang-5g-emergency/2025-12", "zhanjiang-5g-emergency/2025-Q4", "zhanjiang-5g-emergency/2025",
                "zhanjiang-5g-emergency/2025/assessment", "old/2025-12", "old/2025-Q4", "old/2025",
                "old/2025/assessment");
        verify(reports).startReview("zhanjiang-5g-emergency", ReportPeriod.parse("2025"), ReportDocument.ASSESSMENT);
        when(reports.exists(anyString(), any(ReportPeriod.class))).thenReturn(true);
        when(reports.exists(anyString(), any(ReportPeriod.class), eq(ReportDocument.ASSESSMENT))).thenReturn(true);
        assertThat(schedule.draftDue(LocalDate.of(2026, 1, 5))).as("caught up or done: not again").isEmpty();
    }
}
