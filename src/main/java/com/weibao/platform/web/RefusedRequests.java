package com.weibao.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line, at INFO and without a stack trace, for every request the APIs refuse (4xx): who asked for what,
 * the status, and why when the refusing code said so ({@link #because}). A refusal is the caller's mistake, not
 * Weibao's; the engine and the web layer log refusals below INFO, so this is the line. Wrong credentials (401) and
 * the webapps' login API are left to the login's own accounting. The query string is not logged: search terms may
 * be personal data.
 */
public class RefusedRequests extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RefusedRequests.class);
    private static final String REASON = RefusedRequests.class.getName() + ".reason";
    /** The webapps' login API: "not logged in" (404 on every page load) and wrong passwords are the login's. */
    private static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/";

    /** Says why the current request is refused (field names, the kind of refusal), for its log line. */
    public static void because(String reason) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && reason != null && !reason.isBlank()) {
            request.setAttribute(REASON, reason, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** The same, for code that has the request at hand (a filter in front of Spring's request context). */
    public static void because(HttpServletRequest request, String reason) {
        request.setAttribute(REASON, reason);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        int status = response.getStatus();
        if (status >= 400 && status < 500 && status != HttpServletResponse.SC_UNAUTHORIZED
                && !request.getRequestURI().startsWith(request.getContextPath() + WEBAPP_LOGIN)) {
            Object reason = request.getAttribute(REASON);
            log.info("Refused {} {}: {} for {}{}", request.getMethod(), request.getRequestURI(), status,
                    user(request), reason == null ? "" : " (" + reason + ")");
        }
    }

    /** The user of HTTP Basic (the APIs), else "session" (the webapps' own API), else "anonymous". */
    private static String user(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String credentials = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                        StandardCharsets.UTF_8);
                int colon = credentials.indexOf(':');
                return colon < 0 ? "?" : credentials.substring(0, colon);
            } catch (IllegalArgumentException notBase64) {
                return "?";
            }
        }
        return request.getSession(false) != null ? "session" : "anonymous";
    }
}
