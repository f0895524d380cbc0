package com.weibao.quality;

import com.weibao.contract.Contract;
import com.weibao.contract.ServiceWindow;
import com.weibao.contract.SlaClock;
import com.weibao.sla.WorkingTime;
import java.time.Duration;
import java.time.Instant;

/**
 * An amount of time counted on one of the contract's clocks, as written in the contract file:
 * {@code {duration: PT4H, clock: BUSINESS_HOURS, window: office}}; the clock defaults to ELAPSED (7×24).
 * WORKING_DAYS counts statutory working days (P1D = one working day); NEXT_OPENING is not a span.
 */
public record TimeSpan(String duration, SlaClock clock, String window) {

    /** The moment this span after {@code from} ends, on the contract's calendar. */
    Instant after(WorkingTime time, Contract contract, Instant from) {
        return time.plus(from, Duration.parse(duration), serviceWindow(contract));
    }

    /** The contract's window this span counts in. */
    ServiceWindow serviceWindow(Contract contract) {
        return switch (clock) {
            case BUSINESS_HOURS -> contract.serviceWindow(window).orElseThrow(() -> new IllegalStateException(
                    "contract " + contract.getCode() + " has no window " + window)).window();
            case WORKING_DAYS -> ServiceWindow.WHOLE_WORKING_DAYS;
            default -> ServiceWindow.ALWAYS;
        };
    }
}
