package com.weibao.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.weibao.cases.ReportedAtLimits.Refusal.Kind;
import com.weibao.platform.security.Caller;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may date a report how far back, and how far an intake channel's own time counts (the defaults). */
class ReportedAtLimitsTest {

    private static final ReportedAtLimits DEFAULTS = new ReportedAtLimits(null, null, null, null, null);
    private static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");
    private static final Caller AGENT = new Caller("agent", Set.of("agents"), Set.of("renmin", "fuscc"));
    private static final Caller HOSPITAL = new Caller("it-renmin", Set.of("hospital-it-renmin"), Set.of("renmin"));

    @ParameterizedTest(name = "{0} dates back {1}, reason ''{2}'' -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "agent    | PT0S      | -        | -",
            "agent    | PT59M     | -        | -",
            "agent    | PT61M     | -        | REASON_MISSING",
            "agent    | PT61M     | 纸质记录补登 | -",
            "agent    | P3D       | 纸质记录补登 | -",
            "agent    | P3DT1M    | 纸质记录补登 | TOO_FAR_BACK",
            "agent    | P45000D   | 纸质记录补登 | TOO_FAR_BACK",
            "hospital | PT4M      | -        | -",
            "hospital | PT6M      | -        | TOO_FAR_BACK",
            "hospital | PT6M      | 纸质记录补登 | TOO_FAR_BACK",
            "hospital | P61D      | -        | TOO_FAR_BACK",
            "hospital | -PT30S    | -        | -"})
    void aPersonDatesAReportBackWithinTheirRolesBounds(String who, Duration back, String reason, Kind refused) {
        Caller person = who.equals("agent") ? AGENT : HOSPITAL;

        Optional<ReportedAtLimits.Refusal> refusal = DEFAULTS.refusal(NOW.minus(back), reason, person, NOW);

        assertThat(refusal.map(ReportedAtLimits.Refusal::kind).orElse(null)).isEqualTo(refused);
    }

    @ParameterizedTest(name = "{0}: claimed {1} before receipt -> counts {2} before")
    @CsvSource(delimiter = '|', value = {
            "mail   | PT10M    | PT10M",
            "mail   | P61D     | P3D",
            "mail   | -PT5M    | PT0S",
            "wechat | PT5S     | PT5S",
            "wechat | P61D     | PT10M",
            "cti    | PT3M     | PT3M",
            "cti    | P61D     | P1D"})
    void aChannelsOwnTimeCountsWithinItsBoundBeforeWeiBaoReceivedIt(String channel, Duration claimed,
                                                                    Duration counted) {
        Instant received = NOW.minusSeconds(30);
        Instant time = received.minus(claimed);

        Instant reportedAt = switch (channel) {
            case "mail" -> DEFAULTS.mailTime(time, received);
            case "wechat" -> DEFAULTS.weChatTime(time, received);
            default -> DEFAULTS.ctiCallTime(time, received);
        };

        assertThat(reportedAt).isEqualTo(received.minus(counted));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "P61D      | 61 days  | 61天",
            "P2DT3H5M  | 2 days 3 hours | 2天3小时",
            "PT1H      | 1 hour   | 1小时",
            "PT12M     | 12 minutes | 12分钟",
            "PT0S      | 0 minutes | 0分钟"})
    void durationsReadInBothLanguages(Duration duration, String english, String chinese) {
        assertThat(ReportedAtLimits.english(duration)).isEqualTo(english);
        assertThat(ReportedAtLimits.chinese(duration)).isEqualTo(chinese);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "TOO_FAR_BACK   | reportedAt       | lies 61 days before now; the vendor's staff may date a report back by at most 3 days",
            "REASON_MISSING | reportedAtReason | say why the case is dated 61 days before its registration (more than 3 days)"})
    void refusalsNameTheFieldAndSayWhy(Kind kind, String field, String message) {
        ReportedAtLimits.Refusal refusal = new ReportedAtLimits.Refusal(kind, true, Duration.ofDays(61),
                Duration.ofDays(3));

        assertThat(refusal.inEnglish("reportedAt", "reportedAtReason").field()).isEqualTo(field);
        assertThat(refusal.inEnglish("reportedAt", "reportedAtReason").message()).startsWith(message);
        assertThat(refusal.inChinese("callTime", "callTimeReason").field())
                .isEqualTo(field.replace("reportedAt", "callTime"));
        assertThat(refusal.inChinese("callTime", "callTimeReason").message()).contains("61天", "3天");
    }
}
