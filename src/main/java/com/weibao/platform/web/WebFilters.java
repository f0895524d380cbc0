package com.weibao.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The servlet filters in front of the APIs, before security: the refusal log sees every answer (a refusal by the
 * login as much as by a controller), and a cross-site form post is turned away before it costs a password check.
 */
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

    @Bean
    FilterRegistrationBean<JsonRequestsOnly> jsonRequestsOnly(ObjectMapper json) {
        FilterRegistrationBean<JsonRequestsOnly> registration = new FilterRegistrationBean<>(new JsonRequestsOnly(json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setName("json-requests-only");
        return registration;
    }
}
