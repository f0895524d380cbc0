package com.weibao.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The OpenAPI description of /api ({@code /v3/api-docs}) and its browsable page ({@code /swagger-ui.html}): for any
 * logged-in Weibao user (HTTP Basic against Camunda's users, the browser asks once), never anonymous. The description
 * holds no data, only what the API accepts; each call made from the page is checked as any other /api call.
 */
@Configuration
class ApiDocsSecurity {

    static final String[] PATHS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    @Bean
    @Order(1)
    SecurityFilterChain apiDocs(HttpSecurity http, CamundaUserAuthenticationProvider users) throws Exception {
        return http.securityMatcher(PATHS)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .authenticationManager(new ProviderManager(users))
                .httpBasic(basic -> basic.realmName(SecurityConfiguration.REALM))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .build();
    }
}
