package com.weibao.sla;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class SlaConfiguration {

    @Bean
    WorkingTime workingTime(StatutoryCalendars calendars) {
        return new WorkingTime(calendars::current);
    }
}
