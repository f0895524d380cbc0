package com.weibao.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;

/**
 * The REST API's reads that the audit trail records, with their action names, and the object each request is
 * about (from its path: a case number, an inspection id, a contract code, a quarantined item; a new case from the Location header).
 */
final class AuditedEndpoints {

    record Endpoint(String method, String pattern, String action) {
    }

    /** The object a request is about; type and id null when it is about none in particular. */
    record Target(String type, String id) {
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/api/cases", "CASE_SEARCH"),
            new Endpoint("GET", "/api/cases/{number}", "CASE_READ"),
            new Endpoint("GET", "/api/cases/{number}/attachments/{id}", "CASE_FILE_DOWNLOAD"),
            new Endpoint("POST", "/api/cases", "CASE_CREATE"),
            new Endpoint("POST", "/api/cases/{number}/notes", "CASE_NOTE"),
            new Endpoint("POST", "/api/cases/{number}/priority", "CASE_PRIORITY_CHANGE"),
            new Endpoint("GET", "/api/inspections/{id}", "INSPECTION_READ"),
            new Endpoint("GET", "/api/inspections/{id}/files/{fileId}", "INSPECTION_FILE_DOWNLOAD"),
            new Endpoint("POST", "/api/inspections/{id}/files", "INSPECTION_FILE_UPLOAD"),
            new Endpoint("POST", "/api/contracts/{code}/inspections", "INSPECTION_START"),
            new Endpoint("GET", "/api/quarantine/{id}", "QUARANTINE_READ"),
            new Endpoint("GET", "/api/quarantine/{id}/raw", "QUARANTINE_DOWNLOAD"),
            new Endpoint("POST", "/api/sla/calendar/reload", "CALENDAR_RELOAD"),
            new Endpoint("GET", "/api/audit", "AUDIT_READ"),
            new Endpoint("GET", "/api/audit/entries/{seq}", "AUDIT_READ"),
            new Endpoint("GET", "/api/audit/export", "AUDIT_EXPORT"),
            new Endpoint("GET", "/api/audit/verification", "AUDIT_VERIFY"));

    private AuditedEndpoints() {
    }

    static Endpoint find(String method, String pattern) {
        return ENDPOINTS.stream().filter(e -> e.method().equals(method) && e.pattern().equals(pattern))
                .findFirst().orElse(null);
    }

    static Target target(String pattern, Map<String, String> variables, HttpServletRequest request,
                         HttpServletResponse response) {
        if (pattern == null) {
            return new Target(null, null);
        }
        if (pattern.startsWith("/api/cases/{number}")) {
            return new Target("CASE", variables.get("number"));
        }
        if ("/api/cases".equals(pattern) && "POST".equals(request.getMethod())) {
            String location = response.getHeader(HttpHeaders.LOCATION);
            return location == null ? new Target("CASE", null)
                    : new Target("CASE", location.substring(location.lastIndexOf('/') + 1));
        }
        if (pattern.startsWith("/api/inspections/{id}")) {
            return new Target("INSPECTION", variables.get("id"));
        }
        if (pattern.startsWith("/api/contracts/{code}")) {
            return new Target("CONTRACT", variables.get("code"));
        }
        if ("/api/cases".equals(pattern) && request.getParameter("contract") != null) {
            return new Target("CONTRACT", request.getParameter("contract"));
        }
        if (pattern.startsWith("/api/audit/entries/{seq}")) {
            return new Target("AUDIT_ENTRY", variables.get("seq"));
        }
        if (pattern.startsWith("/api/audit")) {
            return new Target("AUDIT_TRAIL", request.getParameter("hospital"));
        }
        if (pattern.startsWith("/api/quarantine/{id}")) {
            return new Target("QUARANTINED_ITEM", variables.get("id"));
        }
        return new Target(null, null);
    }
}
