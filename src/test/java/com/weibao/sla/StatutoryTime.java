package com.weibao.sla;

import java.time.Clock;
import java.util.List;
import org.springframework.core.io.DefaultResourceLoader;

/** Working time on the bundled statutory calendar, for other modules' tests. */
public final class StatutoryTime {

    public static final WorkingTime WORKING_TIME = new WorkingTime(new StatutoryCalendars(new DefaultResourceLoader(),
            List.of("classpath:sla/statutory-days.yaml"), Clock.systemUTC())::current);

    private StatutoryTime() {
    }
}
