package com.weibao.contract;

/** On which days a service window is open (statutory working days as the State Council sets them). */
public enum DaySelector {
    /** Every day, holidays included (7×24). */
    ALL_DAYS,
    /** Statutory working days: Monday to Friday and make-up days, not holidays (5×8, 工作日). */
    WORKING_DAYS,
    /** Statutory working days and the Saturdays that are not holidays (6×8). */
    SIX_DAY_WEEK
}
