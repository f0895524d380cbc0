package com.weibao.inspection;

import com.weibao.sla.StatutoryCalendars;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class InspectionConfiguration {

    /** Inspection dates fall on statutory working days: holidays are skipped, make-up working days count. */
    @Bean
    InspectionCalendar inspectionCalendar(StatutoryCalendars calendars) {
        return day -> calendars.current().isWorkingDay(day);
    }
}
