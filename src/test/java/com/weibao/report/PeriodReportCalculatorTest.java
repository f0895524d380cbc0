package com.weibao.report;

import static com.weibao.report.NovemberFixture.at;
import static com.weibao.report.NovemberFixture.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.weibao.contract.Priority;
import com.weibao.contract.SlaKind;
import com.weibao.platform.web.InvalidRequestException;
import com.weibao.report.PeriodReport.Breach;
import com.weibao.report.PeriodReport.Count;
import com.weibao.report.PeriodReport.SlaRow;
import com.weibao.report.PeriodReport.TimeRow;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every figure of November 2026 in {@link NovemberFixture}, computed by hand. */
class PeriodReportCalculatorTest {

    private static final PeriodReport AFTER = report("2026-12-01T09:00");
    /** Drafted before the period's end: F's resolution (due 30 Nov 23:00) is still ahead. */
    private static final PeriodReport DURING = report("2026-11-30T12:00");

    @Test
    void casesOfThePeriodInShanghaiTime() {
        var c = AFTER.cases();
        // A, C, D, F, G; B was reported in October, E is a cancelled duplicate, H on 1 Dec 00:30 in Shanghai
        assertThat(c.received()).isEqualTo(5);
        assertThat(c.cancelled()).isEqualTo(1);
        assertThat(c.openAtStart()).as("B").isEqualTo(1);
        assertThat(c.openAtEnd()).as("B reopened, C waiting for the reporter, F, G").isEqualTo(4);
        assertThat(c.resolved()).as("A, B (reopened later), D").isEqualTo(3);
        assertThat(c.reopened()).isEqualTo(1);
        assertThat(c.levelChanges()).isEqualTo(1);
        assertThat(c.repeatFaults()).isEqualTo(1);
        assertThat(c.withoutTarget()).as("D: the contract sets no time for P4").isEqualTo(1);
        assertThat(counts(c.byLevel())).containsExactly("P1=2", "P2=1", "P3=1", "P4=1");
        assertThat(counts(c.byCategory())).containsExactly("FAULT=4", "CONSULTATION=1", "CHANGE_REQUEST=0",
                "COMPLAINT=0");
        assertThat(counts(c.byChannel())).containsExactly("PHONE=3", "EMAIL=0", "WECHAT=1", "WEB=1", "FAX=0",
                "INSPECTION=0");
        assertThat(counts(c.bySystem())).containsExactly("NONE=1", "HIS=3", "PACS=1");
        assertThat(counts(c.byFaultType())).containsExactly("SOFTWARE=1", "HARDWARE=1", "INTERFACE=0",
                "DATA_TRANSMISSION=0", "DATABASE=0", "NETWORK=0", "CONFIGURATION=0", "USER_OPERATION=0", "OTHER=0",
                "NONE=3");
    }

    static Stream<Arguments> slaRows() {
        return Stream.of(
                // report, kind, level: due, met, late, breached, paused, pending, cancelled, % on time
                Arguments.of("after", row(SlaKind.RESPONSE, Priority.P1, 1, 1, 0, 0, 0, 0, 1, 100.0)),
                Arguments.of("after", row(SlaKind.RESPONSE, Priority.P3, 1, 0, 1, 0, 0, 0, 0, 0.0)),
                Arguments.of("after", row(SlaKind.RESPONSE, null, 2, 1, 1, 0, 0, 0, 1, 50.0)),
                Arguments.of("after", row(SlaKind.RESOLUTION, Priority.P1, 2, 1, 0, 1, 0, 0, 0, 50.0)),
                Arguments.of("after", row(SlaKind.RESOLUTION, Priority.P2, 1, 0, 0, 1, 0, 0, 0, 0.0)),
                Arguments.of("after", row(SlaKind.RESOLUTION, Priority.P3, 0, 0, 0, 0, 1, 0, 0, null)),
                Arguments.of("after", row(SlaKind.RESOLUTION, null, 3, 1, 0, 2, 1, 0, 0, 33.3)),
                Arguments.of("during", row(SlaKind.RESOLUTION, Priority.P1, 1, 1, 0, 0, 0, 1, 0, 100.0)),
                Arguments.of("during", row(SlaKind.RESOLUTION, null, 2, 1, 0, 1, 1, 1, 0, 50.0)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("slaRows")
    void slaPerKindAndLevelOverDecidedTargets(String when, SlaRow expected) {
        PeriodReport r = when.equals("after") ? AFTER : DURING;
        assertThat(r.sla()).contains(expected);
    }

    @Test
    void onlyKindsAndLevelsWithTargetsInThePeriodHaveRows() {
        assertThat(AFTER.sla()).extracting(s -> s.kind() + "/" + s.level()).containsExactly(
                "RESPONSE/P1", "RESPONSE/P3", "RESPONSE/null",
                "RESOLUTION/P1", "RESOLUTION/P2", "RESOLUTION/P3", "RESOLUTION/null");
    }

    @Test
    void timesTakenOfTheTargetsMet() {
        assertThat(AFTER.times()).containsExactly(
                new TimeRow(SlaKind.RESPONSE, 2, Duration.ofSeconds(92 * 60 + 30), Duration.ofHours(3)),
                new TimeRow(SlaKind.RESOLUTION, 1, Duration.ofHours(2), Duration.ofHours(2)));
    }

    @Test
    void breachesInDeadlineOrder() {
        assertThat(AFTER.breaches()).extracting(Breach::caseNumber, Breach::kind, Breach::escalationLevel)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("B", SlaKind.RESOLUTION, 2),
                        org.assertj.core.groups.Tuple.tuple("C", SlaKind.RESPONSE, 1),
                        org.assertj.core.groups.Tuple.tuple("F", SlaKind.RESOLUTION, 0));
        assertThat(DURING.breaches()).extracting(Breach::caseNumber).containsExactly("B", "C");
    }

    @Test
    void satisfactionGivenAtConfirmationInThePeriod() {
        assertThat(AFTER.satisfaction()).hasSize(1);
        var s = AFTER.satisfaction().get(0);
        assertThat(List.of(s.excellent(), s.good(), s.poor(), s.notRated())).containsExactly(1, 0, 0, 1);
        assertThat(s.source()).isEqualTo("报修方确认");
        assertThat(AFTER.inspections()).isEqualTo(NovemberFixture.INSPECTIONS);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-11, MONTH, 2026-11-01, 2026-11-30, 2026年11月",
            "2026-q4, QUARTER, 2026-10-01, 2026-12-31, 2026年第4季度",
            "2026-Q1, QUARTER, 2026-01-01, 2026-03-31, 2026年第1季度",
            "2026, YEAR, 2026-01-01, 2026-12-31, 2026年度"})
    void periods(String text, ReportPeriod.Kind kind, LocalDate first, LocalDate last, String label) {
        ReportPeriod p = ReportPeriod.parse(text);
        assertThat(p.kind()).isEqualTo(kind);
        assertThat(p.first()).isEqualTo(first);
        assertThat(p.last()).isEqualTo(last);
        assertThat(p.label()).isEqualTo(label);
        assertThat(p.from()).isEqualTo(at(first + "T00:00"));
        assertThat(p.to()).isEqualTo(at(last.plusDays(1) + "T00:00"));
    }

    @ParameterizedTest
    @CsvSource({
            "MONTH, 2027-01-04, 2026-12",
            "QUARTER, 2027-01-04, 2026-Q4",
            "QUARTER, 2026-05-06, 2026-Q1",
            "YEAR, 2027-01-04, 2026",
            "MONTH, 2026-03-02, 2026-02"})
    void thePeriodThatEndedLast(ReportPeriod.Kind kind, LocalDate day, String expected) {
        assertThat(ReportPeriod.previous(kind, day).name()).isEqualTo(expected);
    }

    @Test
    void aPeriodThatIsNoneIsRefused() {
        for (String bad : List.of("2026-13", "2026-Q5", "26", "", "November")) {
            assertThatThrownBy(() -> ReportPeriod.parse(bad)).isInstanceOf(InvalidRequestException.class);
        }
    }

    @Test
    void medianAndNearestRankPercentile() {
        List<Duration> ten = Stream.iterate(1, i -> i + 1).limit(10).map(Duration::ofMinutes).toList();
        assertThat(PeriodReportCalculator.median(ten)).isEqualTo(Duration.ofSeconds(330));
        assertThat(PeriodReportCalculator.nearestRank(ten, 0.9)).isEqualTo(Duration.ofMinutes(9));
        List<Duration> three = List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(60));
        assertThat(PeriodReportCalculator.median(three)).isEqualTo(Duration.ofMinutes(2));
        assertThat(PeriodReportCalculator.nearestRank(three, 0.9)).isEqualTo(Duration.ofMinutes(60));
    }

    private static SlaRow row(SlaKind kind, Priority level, int due, int met, int late, int breached, int paused,
                              int pending, int cancelled, Double percent) {
        return new SlaRow(kind, level, due, met, late, breached, paused, pending, cancelled, percent);
    }

    private static List<String> counts(List<Count> counts) {
        return counts.stream().map(c -> c.key() + "=" + c.count()).toList();
    }
}
