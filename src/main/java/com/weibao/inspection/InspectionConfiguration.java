package com.weibao.inspection;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class InspectionConfiguration {

    /** Weekdays, unless another {@link InspectionCalendar} (the SLA engine's, with holidays) is defined. */
    @Bean
    @ConditionalOnMissingBean(InspectionCalendar.class)
    InspectionCalendar weekdayInspectionCalendar() {
        return new WeekdayCalendar();
    }
}
