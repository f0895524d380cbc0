package com.weibao.platform.security.login;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.weibao.platform.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one door in front of the three login surfaces (/api and /engine-rest with HTTP Basic, the webapps' login
 * form and API): finds who logs in from which client address, answers 429 with Retry-After while a lock holds them
 * off, and otherwise lets the request through with its origin bound for the password check ({@link LoginThrottle}).
 * The client address is the TCP peer's, or X-Forwarded-For's only from a trusted proxy (server.tomcat.remoteip).
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 10)
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottleFilter.class);

    private final LoginThrottle throttle;
    private final ObjectMapper json;
    private final String webappApi;
    private final Pattern webappLogin;

    LoginThrottleFilter(LoginThrottle throttle, ObjectMapper json,
                        @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
        this.throttle = throttle;
        this.json = json;
        this.webappApi = webappPath + "/api/";
        this.webappLogin = Pattern.compile(Pattern.quote(webappPath) + "/api/admin/auth/user/[^/]+/login/[^/]+/?");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        LoginSurface surface = surface(request);
        if (surface == null) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest login = request;
        String user = null;
        if (surface != LoginSurface.WEBAPP) {
            user = basicUser(request);
        } else if ("POST".equals(request.getMethod()) && webappLogin.matcher(path(request)).matches()) {
            FormLoginRequest form = FormLoginRequest.of(request);
            login = form;
            user = form.username();
        }
        String address = request.getRemoteAddr();
        Optional<Duration> wait = user == null || user.isEmpty() ? Optional.empty() : throttle.refusal(user, address);
        if (wait.isPresent()) {
            log.info("Login refused, locked for {} s: user={} address={} surface={}", wait.get().toSeconds(),
                    LoginThrottle.normalize(user), address, surface);
            ProblemResponses.write(response, json, ProblemResponses.refusal(HttpStatus.TOO_MANY_REQUESTS,
                    "login-locked", "Too many failed logins",
                    "too many failed logins for this user or client address; try again in "
                            + wait.get().toSeconds() + " s",
                    "登录失败次数过多，请" + inChinese(wait.get()) + "后再试"), wait.get());
            return;
        }
        try (LoginThrottle.Attempt attempt = throttle.attempt(address, surface)) {
            chain.doFilter(login, response);
        }
    }

    /**
     * The door; every call of the webapps' API counts as the webapps' door, not only the login form, because some
     * check a password too (identity/verify checks any user's password for a logged-in user).
     */
    private LoginSurface surface(HttpServletRequest request) {
        String path = path(request);
        if (path.startsWith("/api/")) {
            return LoginSurface.API;
        }
        if (path.startsWith("/engine-rest/")) {
            return LoginSurface.ENGINE_REST;
        }
        if (path.startsWith(webappApi)) {
            return LoginSurface.WEBAPP;
        }
        return null;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The user name of HTTP Basic credentials, or null without (or with unreadable) credentials. */
    private static String basicUser(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String credentials = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = credentials.indexOf(':');
            return colon < 0 ? null : credentials.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String inChinese(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        return seconds < 60 ? " " + seconds + " 秒" : " " + ((seconds + 59) / 60) + " 分钟";
    }
}
