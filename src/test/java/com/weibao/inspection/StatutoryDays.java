package com.weibao.inspection;

import com.weibao.sla.SlaFixtures;

/** The inspection calendar the application uses: the shipped statutory working days of 2025 and 2026. */
public final class StatutoryDays {

    public static final InspectionCalendar CALENDAR = day -> SlaFixtures.TIME.calendar().isWorkingDay(day);

    private StatutoryDays() {
    }
}
