package com.weibao.audit.process;

import com.weibao.audit.AuditTrail;
import com.weibao.audit.AuditedObjects;
import com.weibao.platform.engine.EngineCalls;
import java.time.Clock;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class EngineAuditConfiguration {

    /** Outside Camunda's authentication filters, so it sees the final answer (403, 404) of every request. */
    @Bean
    FilterRegistrationBean<EngineRequestAuditor> engineRequestAuditor(AuditTrail trail, EngineCalls engineCalls,
            HistoryService history, AuditedObjects users, Clock clock) {
        FilterRegistrationBean<EngineRequestAuditor> registration = new FilterRegistrationBean<>(
                new EngineRequestAuditor(trail, engineCalls, history, users, clock));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setName("engine-request-auditor");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
