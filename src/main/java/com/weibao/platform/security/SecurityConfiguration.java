package com.weibao.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.weibao.platform.web.ProblemResponses;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Four doors: /intake (webhooks that authenticate each request themselves), /api (HTTP Basic against Camunda's users, stateless), /engine-rest (Camunda's own Basic
 * authentication filter, so the engine enforces its authorizations and tenants), and the rest (the Camunda
 * webapps with their own login and CSRF protection, the static pages, health). Failed logins on the three
 * doors with a user are throttled in front of them (login.LoginThrottleFilter).
 */
@Configuration
public class SecurityConfiguration {

    static final String REALM = "Weibao";
    /** What the scripts of Weibao's own pages send with each API call. */
    static final String PAGE_SCRIPT_HEADER = "X-Requested-With";
    static final String PAGE_SCRIPT = "XMLHttpRequest";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, CamundaUserAuthenticationProvider users, ObjectMapper json)
            throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                // this provider alone: with the global manager as parent, a wrong password was checked twice
                .authenticationManager(new ProviderManager(users))
                .httpBasic(basic -> basic.realmName(REALM)
                        .authenticationEntryPoint((request, response, e) -> {
                            // Weibao's pages ask for the password in their own form; a challenge would make the
                            // browser open its own login dialog over the page
                            if (!PAGE_SCRIPT.equals(request.getHeader(PAGE_SCRIPT_HEADER))) {
                                response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
                            }
                            problem(response, json, HttpStatus.UNAUTHORIZED, "Authentication required",
                                    "send HTTP Basic credentials of a Weibao (Camunda) user");
                        }))
                .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> problem(response, json,
                        HttpStatus.FORBIDDEN, "Forbidden", denied.getMessage())))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    /**
     * Intake webhooks (/intake/**: the CTI system, WeChat's servers) are not users: each request carries its own
     * proof (an HMAC signature, WeChat's signature) that the intake route checks. No session, no CSRF token.
     * The routes answer on an executor thread (Camel platform-http is asynchronous on Spring MVC), so the security
     * headers are written before the request is handed over: written at commit, they were added from the request
     * thread and the route's thread at once, and a response could carry a broken header line.
     */
    @Bean
    @Order(0)
    SecurityFilterChain intake(HttpSecurity http) throws Exception {
        return http.securityMatcher("/intake/**")
                .headers(headers -> headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <F extends HeaderWriterFilter> F postProcess(F filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .build();
    }

    /**
     * Camunda Admin's page for creating the first administrator works for anyone while no administrator exists
     * (a fresh production database): never open it; the first administrator comes from configuration.
     */
    static final String FIRST_ADMINISTRATOR_SETUP = "/camunda/api/admin/setup/**";

    @Bean
    @Order(2)
    SecurityFilterChain everythingElse(HttpSecurity http, ObjectMapper json) throws Exception {
        return http.authorizeHttpRequests(a -> a.requestMatchers(FIRST_ADMINISTRATOR_SETUP).denyAll()
                        .anyRequest().permitAll())
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor((request, response, refused) ->
                        ProblemResponses.write(response, json, ProblemResponses.refusal(HttpStatus.FORBIDDEN,
                                "setup-disabled", "First administrator setup is disabled",
                                "create the first administrator with camunda.bpm.admin-user.* at start-up",
                                "请在启动配置中创建第一个管理员（camunda.bpm.admin-user）")),
                        PathPatternRequestMatcher.withDefaults().matcher(FIRST_ADMINISTRATOR_SETUP)))
                .csrf(AbstractHttpConfigurer::disable)
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .anonymous(Customizer.withDefaults())
                .build();
    }

    /** Camunda's own Basic authentication for the engine's REST API: no anonymous access. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setName("engine-rest-authentication");
        return registration;
    }

    private static void problem(HttpServletResponse response, ObjectMapper json, HttpStatus status, String title,
                                String detail) throws IOException {
        ProblemResponses.write(response, json, ProblemResponses.problem(status,
                status == HttpStatus.UNAUTHORIZED ? "unauthenticated" : "forbidden", title, detail));
    }
}
