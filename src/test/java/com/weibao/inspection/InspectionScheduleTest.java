package com.weibao.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plans' dates: monthly, quarterly and agreed slots in Asia/Shanghai, moved to working days, due dates. */
class InspectionScheduleTest {

    private final InspectionSchedule schedule = new InspectionSchedule(StatutoryDays.CALENDAR);

    @Test
    void aMonthlyPlanHasTwelveSlotsOnWorkingDaysWithinTheContract() {
        List<PlannedSlot> slots = schedule.slots(Plans.zhanjiangMonthly(), LocalDate.of(2025, 1, 1),
                LocalDate.of(2027, 12, 31));

        assertThat(slots).hasSize(12);
        assertThat(slots).extracting(PlannedSlot::date).containsExactly(
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 5), LocalDate.of(2026, 3, 5),
                LocalDate.of(2026, 4, 7), // Qingming, 4-6 April 2026
                LocalDate.of(2026, 5, 6), // Labour Day, 1-5 May
                LocalDate.of(2026, 6, 5), LocalDate.of(2026, 7, 6),
                LocalDate.of(2026, 8, 5), LocalDate.of(2026, 9, 7),
                LocalDate.of(2026, 10, 8), // National Day, 1-7 October
                LocalDate.of(2026, 11, 5), LocalDate.of(2026, 12, 7));
        assertThat(slots.get(3).periodLabel()).isEqualTo("2026年4月");
        assertThat(slots.get(11).dueDate()).isEqualTo(LocalDate.of(2026, 12, 14));
    }

    @Test
    void aQuarterlyPlanFollowsTheQuartersOfATwoYearContract() {
        List<PlannedSlot> slots = schedule.slots(Plans.eInvoiceQuarterly(), LocalDate.of(2020, 1, 1),
                LocalDate.of(2030, 1, 1));

        assertThat(slots).extracting(PlannedSlot::date).containsExactly(
                LocalDate.of(2025, 7, 10), LocalDate.of(2025, 10, 10), LocalDate.of(2026, 1, 12),
                LocalDate.of(2026, 4, 10), LocalDate.of(2026, 7, 10),
                LocalDate.of(2026, 10, 10), // a Saturday, but a make-up working day
                LocalDate.of(2027, 1, 11), LocalDate.of(2027, 4, 12));
        assertThat(slots).extracting(PlannedSlot::periodLabel).startsWith("2025年第3季度", "2025年第4季度",
                "2026年第1季度");
        assertThat(slots.get(6).dueDate()).as("ten working days after Monday 11 January 2027")
                .isEqualTo(LocalDate.of(2027, 1, 25));
    }

    @Test
    void agreedDatesAreKeptAsAgreedAndNumberedWithinTheYear() {
        List<PlannedSlot> slots = schedule.slots(Plans.queueCallAgreed(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31));

        assertThat(slots).extracting(PlannedSlot::date).containsExactly(LocalDate.of(2026, 3, 18),
                LocalDate.of(2026, 6, 17), LocalDate.of(2026, 9, 16), LocalDate.of(2026, 12, 9));
        assertThat(slots).extracting(PlannedSlot::periodLabel).containsExactly("2026年第1次（2026-03-18）",
                "2026年第2次（2026-06-17）", "2026年第3次（2026-09-16）", "2026年第4次（2026-12-09）");
    }

    @Test
    void aDayBeyondTheMonthMeansItsLastDayOrTheNextWorkingDay() {
        InspectionPlan plan = Plans.zhanjiangMonthly();
        plan.update(plan.getName(), InspectionFrequency.MONTHLY, 12, 31, 5, 2, 2, plan.signOffDepartmentList(), false,
                null, List.of());

        List<PlannedSlot> slots = schedule.slots(plan, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 30));

        assertThat(slots).extracting(s -> s.date() + " " + s.periodLabel()).containsExactly(
                "2026-02-02 2026年1月", // 31 January 2026 is a Saturday
                "2026-02-28 2026年2月", // 28 February is a Saturday too, but a make-up working day
                "2026-03-31 2026年3月", "2026-04-30 2026年4月");
    }

    @ParameterizedTest
    @CsvSource({
            // due date,  remind at (2 working days before, 09:00), due at (18:00), escalate at (2 after, 18:00)
            "2026-12-14, 2026-12-10T01:00:00Z, 2026-12-14T10:00:00Z, 2026-12-16T10:00:00Z",
            "2026-11-30, 2026-11-26T01:00:00Z, 2026-11-30T10:00:00Z, 2026-12-02T10:00:00Z",
            "2026-12-04, 2026-12-02T01:00:00Z, 2026-12-04T10:00:00Z, 2026-12-08T10:00:00Z",
    })
    void deadlinesInShanghaiTime(LocalDate due, Instant remind, Instant dueAt, Instant escalate) {
        Deadlines deadlines = schedule.deadlines(Plans.zhanjiangMonthly(), due, Instant.parse("2026-11-01T00:00:00Z"));

        assertThat(deadlines).isEqualTo(new Deadlines(remind, dueAt, escalate));
    }

    @Test
    void aReminderThatWouldBeInThePastIsDueNow() {
        Instant now = Instant.parse("2026-12-11T03:00:00Z");

        assertThat(schedule.deadlines(Plans.zhanjiangMonthly(), LocalDate.of(2026, 12, 14), now).remindAt())
                .isEqualTo(now);
    }

    @Test
    void startsAtNineInTheMorningInShanghai() {
        assertThat(schedule.startAt(LocalDate.of(2026, 12, 7))).isEqualTo(Instant.parse("2026-12-07T01:00:00Z"));
    }

    @ParameterizedTest
    @CsvSource({
            "2026-11-20, 1, 2026-11-23",  // Friday + 1 = Monday
            "2026-11-23, -1, 2026-11-20", // Monday - 1 = Friday
            "2026-11-21, 0, 2026-11-21",
            "2026-11-16, 10, 2026-11-30",
    })
    void weekdayCalendar(LocalDate from, int days, LocalDate expected) {
        assertThat(StatutoryDays.CALENDAR.plusWorkingDays(from, days)).isEqualTo(expected);
    }
}
