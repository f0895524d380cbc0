package com.weibao.sla;

import com.weibao.contract.SlaClock;
import com.weibao.contract.SlaKind;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.core.io.DefaultResourceLoader;

/** The SLA engine's pure parts on the shipped 2025/2026 calendar, for tests in other packages. */
public final class SlaFixtures {

    public static final WorkingTime TIME = new WorkingTime(new StatutoryCalendars(new DefaultResourceLoader(),
            List.of("classpath:sla/statutory-days.yaml"), Clock.systemUTC())::current);
    public static final SlaSchedule SCHEDULE = new SlaSchedule(TIME, new SlaProperties(null, null, null));

    private SlaFixtures() {
    }

    /** A target as the engine would set it, for computing escalation times. */
    public static CaseSlaTarget target(Instant start, SlaSchedule.Allowance allowance) {
        return new CaseSlaTarget(1L, "TEST", SlaKind.RESPONSE, "test", SlaClock.ELAPSED, allowance.window(),
                allowance.amount(), 0.75, start, start);
    }
}
