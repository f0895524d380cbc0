package com.weibao.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** Problem details (RFC 9457) written by filters and entry points, before any controller is reached. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:weibao:problem:" + type));
        problem.setTitle(title);
        return problem;
    }

    /**
     * A refusal that people read too: {@code message} is the Chinese text the Camunda webapps show (their login
     * form displays a failed request's {@code message}); {@code Retry-After} says when to try again.
     */
    public static ProblemDetail refusal(HttpStatus status, String type, String title, String detail,
                                        String message) {
        ProblemDetail problem = problem(status, type, title, detail);
        problem.setProperty("message", message);
        return problem;
    }

    public static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail problem)
            throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), problem);
    }

    public static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail problem,
                             Duration retryAfter) throws IOException {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        write(response, json, problem);
    }
}
