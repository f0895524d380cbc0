package com.weibao.platform.scheduling;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Spring's @Scheduled housekeeping (expired keys, the audit trail's sealing and retention). */
@Configuration
@EnableScheduling
public class SchedulingConfiguration {
}
