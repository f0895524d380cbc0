package com.weibao.intake.phone;

import static org.assertj.core.api.Assertions.assertThat;

import com.weibao.sla.ServiceHours;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Outside service hours: the SLA engine's answer when there is one, else the hotline's or the fallback hours. */
class HotlineHoursTest {

    private static final PhoneProperties PROPERTIES = new PhoneProperties(null, List.of(
            new PhoneProperties.Hotline("400-000-0005", "排队叫号", "queue-call",
                    new PhoneProperties.Hours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0),
                            LocalTime.of(17, 0)))), null);

    @ParameterizedTest(name = "{0} on {1} at {2}: outside={3} by {4}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // no SLA engine: the dedicated hotline's hours (Mon–Fri 08:00–17:00, Asia/Shanghai)
            "4000000005   | null       | 2026-11-20T16:59+08:00 | false | HOTLINE_HOURS",
            "4000000005   | null       | 2026-11-20T17:00+08:00 | true  | HOTLINE_HOURS",
            "4000000005   | null       | 2026-11-22T10:00+08:00 | true  | HOTLINE_HOURS",
            // an unknown hotline: the fallback hours (Mon–Fri 08:30–17:30)
            "4008118890   | null       | 2026-11-20T08:20+08:00 | true  | FALLBACK_HOURS",
            "4008118890   | null       | 2026-11-20T17:20+08:00 | false | FALLBACK_HOURS",
            "null         | null       | 2026-11-21T12:00+08:00 | true  | FALLBACK_HOURS"})
    void withoutTheSlaEngine(String hotline, String contract, String at, boolean outside, HotlineHours.Basis basis) {
        HotlineHours hours = new HotlineHours(new StaticListableBeanFactory().getBeanProvider(ServiceHours.class),
                PROPERTIES);

        HotlineHours.Decision decision = hours.outsideServiceHours(contract, hotline,
                ZonedDateTime.parse(at).toInstant());

        assertThat(decision.outside()).isEqualTo(outside);
        assertThat(decision.basis()).isEqualTo(basis);
    }

    @ParameterizedTest(name = "SLA engine says open={1} for {0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "queue-call | true  | false | SLA_SERVICE_HOURS",
            "queue-call | false | true  | SLA_SERVICE_HOURS",
            "null       | true  | true  | HOTLINE_HOURS"})
    void withTheSlaEngine(String contract, boolean open, boolean outside, HotlineHours.Basis basis) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        ServiceHours sla = (code, instant) -> open;
        beans.addBean("serviceHours", sla);
        HotlineHours hours = new HotlineHours(beans.getBeanProvider(ServiceHours.class), PROPERTIES);

        HotlineHours.Decision decision = hours.outsideServiceHours(contract, "400-000-0005",
                ZonedDateTime.parse("2026-11-22T03:00+08:00").toInstant());

        assertThat(decision.outside()).isEqualTo(outside);
        assertThat(decision.basis()).isEqualTo(basis);
    }
}
