package com.weibao.sla;

import java.util.Set;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/** "slaCalendar" health: WARNING while this year's or next year's holiday arrangement is missing. */
@Component("slaCalendar")
class CalendarHealth implements HealthIndicator {

    static final Status WARNING = new Status("WARNING", "statutory holidays missing: deadlines count weekends only");

    private final StatutoryCalendars calendars;

    CalendarHealth(StatutoryCalendars calendars) {
        this.calendars = calendars;
    }

    @Override
    public Health health() {
        Set<Integer> missing = calendars.missingYears();
        Health.Builder health = missing.isEmpty() ? Health.up() : Health.status(WARNING)
                .withDetail("missingYears", missing)
                .withDetail("action", "add the State Council's holiday arrangement for " + missing
                        + " to the statutory calendar file and reload");
        return health.withDetail("loadedYears", calendars.current().loadedYears()).build();
    }
}
