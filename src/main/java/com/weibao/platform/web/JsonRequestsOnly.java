package com.weibao.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's state-changing calls (POST, PUT, PATCH, DELETE) take JSON only, so that no page of another site can
 * make a browser send them with the credentials it remembers: an HTML form can only send form fields, multipart or
 * text/plain, and a script of another site that sends JSON or a custom header needs the browser's CORS preflight,
 * which Weibao never grants. Any other Content-Type, or none, is refused with 415 (a call without a body sends
 * {@code Content-Type: application/json} all the same), except a DELETE without one: no form and no script of
 * another site can send a DELETE without the preflight. File uploads (multipart/form-data) must carry the header
 * {@value #UPLOAD_HEADER}, which a form cannot send.
 */
public class JsonRequestsOnly extends OncePerRequestFilter {

    public static final String UPLOAD_HEADER = "X-Requested-With";
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final ObjectMapper json;

    public JsonRequestsOnly(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!STATE_CHANGING.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        MediaType type = mediaType(request.getContentType());
        if (type == null && "DELETE".equals(request.getMethod()) && request.getContentLengthLong() <= 0) {
            chain.doFilter(request, response);
        } else if (type != null && isJson(type)) {
            chain.doFilter(request, response);
        } else if (type != null && MediaType.MULTIPART_FORM_DATA.equalsTypeAndSubtype(type)) {
            String marker = request.getHeader(UPLOAD_HEADER);
            if (marker == null || marker.isBlank()) {
                refuse(request, response, HttpStatus.FORBIDDEN, "upload-without-marker", "Upload refused",
                        "a file upload must carry the header " + UPLOAD_HEADER + " (e.g. XMLHttpRequest), which a "
                                + "form of another site cannot send");
            } else {
                chain.doFilter(request, response);
            }
        } else {
            refuse(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "json-only", "JSON only",
                    (type == null ? "no Content-Type" : "Content-Type " + request.getContentType() + " is not JSON")
                            + ": send Content-Type: application/json (also for a call without a body); file "
                            + "uploads as multipart/form-data with the header " + UPLOAD_HEADER);
        }
    }

    private static boolean isJson(MediaType type) {
        return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)
                || MediaType.APPLICATION_PROBLEM_JSON.equalsTypeAndSubtype(type);
    }

    private static MediaType mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        try {
            return MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
                        String title, String detail) throws IOException {
        RefusedRequests.because(request, type);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:weibao:problem:" + type));
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
