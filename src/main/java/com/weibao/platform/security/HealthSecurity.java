package com.weibao.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator (/actuator/**). Health is open: a load balancer reads the bare status without credentials. Its
 * details (data path, disk, mailboxes, counts) are for administrators only: HTTP Basic against Camunda's users, as
 * for /api, and {@code management.endpoint.health.roles} names the authority {@link CamundaUserAuthenticationProvider}
 * grants Camunda's administrators' group ({@code GROUP_camunda-admin}). The metrics ({@code /actuator/prometheus},
 * {@code /actuator/metrics}) name every contract and its backlog: only the monitoring account
 * ({@link Roles#MONITORING}, what Prometheus scrapes with) and administrators; without credentials 401, any other
 * user (a hospital's, the desk's) 403.
 */
@Configuration
class HealthSecurity {

    static final String[] METRICS = {"/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/**"};

    @Bean
    @Order(1)
    SecurityFilterChain health(HttpSecurity http, CamundaUserAuthenticationProvider users) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(a -> a.requestMatchers(METRICS)
                        .hasAnyAuthority("GROUP_" + Roles.MONITORING, "GROUP_" + Roles.ADMINS)
                        .anyRequest().permitAll())
                .authenticationProvider(users)
                .httpBasic(basic -> basic.realmName(SecurityConfiguration.REALM))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .build();
    }
}
