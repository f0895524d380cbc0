package com.weibao.quality;

import com.weibao.contract.SlaClock;

/**
 * An amount of time counted on one of the contract's clocks, as written in the contract file:
 * {@code {duration: PT4H, clock: BUSINESS_HOURS, window: office}}; the clock defaults to ELAPSED (7×24).
 * WORKING_DAYS counts statutory working days (P1D = one working day); NEXT_OPENING is not a span.
 */
public record TimeSpan(String duration, SlaClock clock, String window) {
}
