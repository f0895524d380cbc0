package com.weibao.contract;

/** How a target's time is counted. */
public enum SlaClock {
    /** Wall-clock time, around the clock (7×24). */
    ELAPSED,
    /** Open time of one of the contract's service windows (e.g. weekdays 09:00–18:00). */
    BUSINESS_HOURS,
    /** Statutory working days (the duration is a number of days). */
    WORKING_DAYS,
    /** Due when the named window next opens after the report (e.g. before the hospital opens in the morning). */
    NEXT_OPENING
}
