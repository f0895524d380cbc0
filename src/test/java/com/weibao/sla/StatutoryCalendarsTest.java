package com.weibao.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.DefaultResourceLoader;

/** The calendar data: the shipped years, an administrator's file adding a year, and files that are wrong. */
class StatutoryCalendarsTest {

    private static final Clock NOV_2026 = Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void shipsTheDomainsYearsWithHolidaysAndMakeUpDays() {
        StatutoryCalendar calendar = calendars(List.of("classpath:sla/statutory-days.yaml")).current();

        assertThat(calendar.loadedYears()).containsExactly(2025, 2026);
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-14"))).as("make-up Saturday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-16"))).as("Spring Festival Monday").isFalse();
        assertThat(calendar.holidayName(LocalDate.parse("2026-10-05"))).isEqualTo("国庆节");
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-01-26"))).as("make-up Sunday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-08"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-11-23"))).as("an ordinary Monday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-11-22"))).as("an ordinary Sunday").isFalse();
    }

    @Test
    void anAdministratorAddsNextYearInTheirOwnFile() throws IOException {
        Path file = dir.resolve("statutory-days.yaml");
        StatutoryCalendars calendars = calendars(List.of("classpath:sla/statutory-days.yaml", file.toUri().toString()));
        assertThat(calendars.missingYears()).containsExactly(2027);

        Files.writeString(file, """
                years:
                  2027:
                    holidays:
                      - {from: 2027-01-01, to: 2027-01-01, name: 元旦}
                    workdays: []
                """);
        calendars.reload();

        assertThat(calendars.missingYears()).isEmpty();
        assertThat(calendars.current().isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
        assertThat(calendars.current().isWorkingDay(LocalDate.parse("2026-02-14"))).isTrue();
    }

    @Test
    void refusesAFileThatContradictsItself() throws IOException {
        Path wrongYear = dir.resolve("wrong-year.yaml");
        Files.writeString(wrongYear, "years:\n  2027:\n    holidays: [{from: 2026-12-31, to: 2027-01-01, name: 元旦}]\n");
        assertThatThrownBy(() -> calendars(List.of(wrongYear.toUri().toString())))
                .hasMessageContaining("2026-12-31 is not in 2027");

        Path both = dir.resolve("both.yaml");
        Files.writeString(both, "years:\n  2027:\n    holidays: [{from: 2027-02-06, to: 2027-02-06, name: 春节}]\n"
                + "    workdays: [2027-02-06]\n");
        assertThatThrownBy(() -> calendars(List.of(both.toUri().toString())))
                .hasMessageContaining("both a holiday and a make-up working day");

        Path typo = dir.resolve("typo.yaml");
        Files.writeString(typo, "years:\n  2027:\n    holyday: []\n");
        assertThatThrownBy(() -> calendars(List.of(typo.toUri().toString()))).hasMessageContaining("holyday");
    }

    private static StatutoryCalendars calendars(List<String> files) {
        return new StatutoryCalendars(new DefaultResourceLoader(), files, NOV_2026);
    }
}
