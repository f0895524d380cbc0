package com.weibao.inspection;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Monday to Friday are working days. Simple and predictable until the SLA engine's calendar with China's
 * statutory holidays and make-up working days is wired in as the {@link InspectionCalendar}.
 */
public class WeekdayCalendar implements InspectionCalendar {

    @Override
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }
}
