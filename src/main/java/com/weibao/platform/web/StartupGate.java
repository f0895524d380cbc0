package com.weibao.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until Weibao is ready, the doors that need a user (/api, /engine-rest, the webapps' API and login) answer 503
 * "Weibao 正在启动，请稍候" instead of a failed login, and the webapps' pages (Tasklist, Cockpit, Admin) a page
 * saying so that reloads itself; Camunda would otherwise offer to set up a first administrator while Weibao's
 * users do not exist yet. Ready is Spring Boot's readiness state (/actuator/health/readiness): it turns ready
 * after the start-up runners, i.e. once users, rights, contracts and demo data are set up.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 20)
class StartupGate extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(StartupGate.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private static final String STARTING = "Weibao 正在启动，请稍候";
    private static final String NOT_READY = "Weibao 暂时无法处理请求，请稍后再试";

    private final ApplicationAvailability availability;
    private final ObjectMapper json;
    private final String webappApi;
    private final String webappPages;

    StartupGate(ApplicationAvailability availability, ObjectMapper json,
                @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        this.availability = availability;
        this.json = json;
        this.webappApi = webappPath + "/api/";
        this.webappPages = webappPath + "/app/";
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !(path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith(webappApi)
                || path.startsWith(webappPages));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        // no change of readiness yet: starting; refusing after having been ready: shutting down
        boolean starting = availability.getLastChangeEvent(ReadinessState.class) == null;
        log.info("Refused while {}: {} {}", starting ? "starting" : "not ready", request.getMethod(),
                request.getRequestURI());
        if (path(request).startsWith(webappPages)) {
            page(response, starting ? STARTING : NOT_READY);
            return;
        }
        ProblemResponses.write(response, json, starting
                ? ProblemResponses.refusal(HttpStatus.SERVICE_UNAVAILABLE, "starting", "Starting",
                        "Weibao is starting; try again in a few seconds", STARTING)
                : ProblemResponses.refusal(HttpStatus.SERVICE_UNAVAILABLE, "not-ready", "Not ready",
                        "Weibao is not accepting requests now; try again shortly", NOT_READY),
                RETRY_AFTER);
    }

    private static void page(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER.toSeconds()));
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"refresh\" content=\"" + RETRY_AFTER.toSeconds() + "\"><title>" + message
                + "</title></head><body style=\"font-family:sans-serif;text-align:center;margin-top:20vh\"><h1>"
                + message + "</h1><p>页面会自动刷新。</p></body></html>");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
