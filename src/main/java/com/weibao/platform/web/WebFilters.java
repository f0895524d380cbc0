package com.weibao.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The servlet filters in front of the APIs, before security: the refusal log sees every answer. */
@Configuration
class WebFilters {

    @Bean
    FilterRegistrationBean<RefusedRequests> refusedRequests() {
        FilterRegistrationBean<RefusedRequests> registration = new FilterRegistrationBean<>(new RefusedRequests());
        registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("refused-requests");
        return registration;
    }
}
