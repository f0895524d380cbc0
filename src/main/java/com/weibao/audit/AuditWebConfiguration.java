package com.weibao.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration
class AuditWebConfiguration implements WebMvcConfigurer {

    private final ApiRequestAuditor auditor;

    AuditWebConfiguration(ApiRequestAuditor auditor) {
        this.auditor = auditor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(auditor).addPathPatterns("/api/**");
    }
}
