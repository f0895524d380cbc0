package com.weibao.sla;

import com.weibao.contract.DaySelector;
import com.weibao.contract.ServiceWindow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/** Business-time arithmetic on the shipped 2025/2026 calendar, in Asia/Shanghai. */
class WorkingTimeTest {

    static final StatutoryCalendars CALENDARS = new StatutoryCalendars(new DefaultResourceLoader(),
            List.of("classpath:sla/statutory-days.yaml"), java.time.Clock.systemUTC());
    static final WorkingTime TIME = new WorkingTime(CALENDARS::current);

    static final Map<String, ServiceWindow> WINDOWS = Map.of(
            "7x24", ServiceWindow.ALWAYS,
            "weekday-9-18", ServiceWindow.of(DaySelector.WORKING_DAYS, "09:00-18:00"),
            "split", ServiceWindow.of(DaySelector.WORKING_DAYS, "09:00-12:00,13:30-17:30"),
            "5x8", ServiceWindow.of(DaySelector.WORKING_DAYS, "08:00-17:00"),
            "6x8", ServiceWindow.of(DaySelector.SIX_DAY_WEEK, "08:00-17:00"),
            "working-days", ServiceWindow.WHOLE_WORKING_DAYS);

    @ParameterizedTest(name = "{0} + {2} on {1} = {3}")
    @CsvSource({
            // start (Shanghai),  window,        amount, expected
            "2026-11-20T10:00, 7x24,          PT1H,   2026-11-20T11:00",
            "2026-11-20T23:30, 7x24,          PT1H,   2026-11-21T00:30",
            "2026-11-20T10:00, weekday-9-18,  PT1H,   2026-11-20T11:00",
            // a night and a weekend in between
            "2026-11-20T17:30, weekday-9-18,  PT1H,   2026-11-23T09:30",
            "2026-11-23T07:00, weekday-9-18,  PT1H,   2026-11-23T10:00",
            "2026-11-22T15:00, weekday-9-18,  PT1H,   2026-11-23T10:00",
            // split shift 09:00-12:00 + 13:30-17:30
            "2026-11-23T11:30, split,         PT1H,   2026-11-23T14:00",
            "2026-11-23T12:30, split,         PT1H,   2026-11-23T14:30",
            "2026-11-23T17:00, split,         PT1H,   2026-11-24T09:30",
            "2026-11-23T09:00, split,         PT7H,   2026-11-23T17:30",
            "2026-11-23T09:00, split,         PT7H1M, 2026-11-24T09:01",
            // make-up Saturday 2026-02-14 is a working day; Spring Festival 02-15..02-23 is not
            "2026-02-14T10:00, weekday-9-18,  PT1H,   2026-02-14T11:00",
            "2026-02-13T17:30, weekday-9-18,  PT1H,   2026-02-14T09:30",
            "2026-02-14T17:00, weekday-9-18,  PT2H,   2026-02-24T10:00",
            // National Day 10-01..10-07, make-up Saturday 10-10
            "2026-09-30T17:30, 5x8,           PT1H,   2026-10-08T09:00",
            "2026-09-30T17:30, working-days,  PT24H,  2026-10-08T17:30",
            "2026-10-09T12:00, working-days,  PT24H,  2026-10-10T12:00",
            "2026-09-30T10:00, working-days,  PT72H,  2026-10-10T10:00",
            // a weekend start counts from the next working day
            "2026-11-21T10:00, working-days,  PT24H,  2026-11-24T00:00",
            // year boundary: 2026-01-01..03 holidays, Sunday 2026-01-04 a make-up working day
            "2025-12-31T17:00, weekday-9-18,  PT2H,   2026-01-04T10:00",
            // 6x8: non-holiday Saturdays are open, Sundays not
            "2026-11-21T09:00, 6x8,           PT1H,   2026-11-21T10:00",
            "2026-11-21T16:30, 6x8,           PT1H,   2026-11-23T08:30",
            "2026-10-03T09:00, 6x8,           PT1H,   2026-10-08T09:00",
            // an instant exactly at closing time is outside the window
            "2026-11-20T18:00, weekday-9-18,  PT0S,   2026-11-23T09:00",
            "2026-11-20T09:00, weekday-9-18,  PT0S,   2026-11-20T09:00",
    })
    void addsBusinessTime(String start, String window, String amount, String expected) {
        assertThat(shanghai(TIME.plus(instant(start), Duration.parse(amount), WINDOWS.get(window))))
                .isEqualTo(LocalDateTime.parse(expected));
    }

    @ParameterizedTest(name = "{0} .. {1} on {2} = {3}")
    @CsvSource({
            "2026-11-20T17:00, 2026-11-23T10:00, weekday-9-18, PT2H",
            "2026-11-23T11:00, 2026-11-23T14:00, split,        PT1H30M",
            "2026-11-23T19:00, 2026-11-23T22:00, split,        PT0S",
            "2026-09-30T08:00, 2026-10-09T08:00, 5x8,          PT18H",
            "2026-09-30T17:30, 2026-10-08T17:30, working-days, PT24H",
            "2026-11-20T10:00, 2026-11-20T09:00, 7x24,         PT0S",
    })
    void measuresBusinessTimeBetween(String from, String to, String window, String expected) {
        assertThat(TIME.between(instant(from), instant(to), WINDOWS.get(window))).isEqualTo(Duration.parse(expected));
    }

    @Test
    void pausedPeriodsDoNotCount() {
        List<Period> paused = List.of(new Period(instant("2026-11-20T11:00"), instant("2026-11-20T12:00")));

        assertThat(shanghai(TIME.plus(instant("2026-11-20T10:00"), Duration.ofHours(2), ServiceWindow.ALWAYS, paused)))
                .isEqualTo(LocalDateTime.parse("2026-11-20T13:00"));
        assertThat(TIME.between(instant("2026-11-20T10:00"), instant("2026-11-20T14:00"), ServiceWindow.ALWAYS, paused))
                .isEqualTo(Duration.ofHours(3));
        List<Period> overNight = List.of(new Period(instant("2026-11-20T17:00"), instant("2026-11-23T10:00")));
        assertThat(shanghai(TIME.plus(instant("2026-11-20T16:30"), Duration.ofHours(1),
                WINDOWS.get("weekday-9-18"), overNight))).isEqualTo(LocalDateTime.parse("2026-11-23T10:30"));
        List<Period> stillPaused = List.of(new Period(instant("2026-11-20T11:00"), null));
        assertThat(TIME.between(instant("2026-11-20T10:00"), instant("2026-11-20T14:00"), ServiceWindow.ALWAYS,
                stillPaused)).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> TIME.plus(instant("2026-11-20T10:00"), Duration.ofHours(2), ServiceWindow.ALWAYS,
                stillPaused)).isInstanceOf(IllegalStateException.class).hasMessageContaining("paused");
    }

    @Test
    void knowsOpeningHours() {
        ServiceWindow weekdays = WINDOWS.get("weekday-9-18");
        assertThat(TIME.isOpen(instant("2026-11-20T10:00"), weekdays)).isTrue();
        assertThat(TIME.isOpen(instant("2026-11-21T10:00"), weekdays)).isFalse();
        assertThat(TIME.isOpen(instant("2026-10-01T10:00"), weekdays)).as("National Day").isFalse();
        assertThat(TIME.isOpen(instant("2026-10-10T10:00"), weekdays)).as("make-up Saturday").isTrue();
        assertThat(shanghai(TIME.nextOpening(instant("2026-09-30T18:30"), weekdays)))
                .isEqualTo(LocalDateTime.parse("2026-10-08T09:00"));
    }

    @Test
    void aYearWithoutItsArrangementCountsWeekendsOnlyAndSaysSo() {
        assertThat(CALENDARS.current().missingYears(2026, 2027)).containsExactly(2027);
        // 2027-01-01 is a Friday: without the 2027 arrangement it counts as a working day
        assertThat(shanghai(TIME.plus(instant("2026-12-31T17:00"), Duration.ofHours(2), WINDOWS.get("weekday-9-18"))))
                .isEqualTo(LocalDateTime.parse("2027-01-01T10:00"));
    }

    @Test
    void refusesWindowsThatMakeNoSense() {
        assertThatThrownBy(() -> ServiceWindow.of(DaySelector.WORKING_DAYS, "18:00-09:00"))
                .hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> ServiceWindow.of(DaySelector.WORKING_DAYS, "09:00-12:00,11:00-13:00"))
                .hasMessageContaining("overlapping");
        assertThatThrownBy(() -> ServiceWindow.of(DaySelector.WORKING_DAYS, "9-17")).hasMessageContaining("9-17");
        assertThat(ServiceWindow.of(DaySelector.ALL_DAYS, "00:00-24:00").intervals()).hasSize(1);
    }

    static Instant instant(String shanghai) {
        return LocalDateTime.parse(shanghai).atZone(WorkingTime.SHANGHAI).toInstant();
    }

    static LocalDateTime shanghai(Instant instant) {
        return instant.atZone(WorkingTime.SHANGHAI).toLocalDateTime();
    }
}
