package com.weibao.inspection;

import java.time.LocalDate;

/**
 * Working days for inspection dates (Asia/Shanghai). Weibao ships {@link WeekdayCalendar} (Monday to Friday);
 * a bean of this type built on the SLA engine's Chinese business calendars (holidays and make-up working days)
 * replaces it without any other change.
 */
public interface InspectionCalendar {

    boolean isWorkingDay(LocalDate date);

    /** The date itself if it is a working day, else the next working day. */
    default LocalDate onOrAfterWorkingDay(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The working day {@code days} working days after {@code date} (before it when negative). */
    default LocalDate plusWorkingDays(LocalDate date, int days) {
        LocalDate d = date;
        int step = days < 0 ? -1 : 1;
        for (int left = Math.abs(days); left > 0; ) {
            d = d.plusDays(step);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }
}
