package com.weibao.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the audit trail takes from the HTTP request at hand, if any: the client's address and the surface it came
 * in on; and a mark that the request's changes were already recorded as domain entries.
 */
final class AuditRequests {

    private static final String CHANGES_RECORDED = AuditRequests.class.getName() + ".changesRecorded";

    private AuditRequests() {
    }

    static Optional<HttpServletRequest> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? Optional.of(servlet.getRequest())
                : Optional.empty();
    }

    static String clientAddress(HttpServletRequest request) {
        return request.getRemoteAddr();
    }

    static AuditSurface surface(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return AuditSurface.API;
        }
        if (path.startsWith("/engine-rest/")) {
            return AuditSurface.ENGINE_REST;
        }
        if (path.startsWith("/camunda/")) {
            return AuditSurface.WEBAPP;
        }
        if (path.startsWith("/intake/")) {
            return AuditSurface.INTAKE;
        }
        return AuditSurface.OTHER;
    }

    static void markChangesRecorded(HttpServletRequest request) {
        request.setAttribute(CHANGES_RECORDED, Boolean.TRUE);
    }

    static boolean changesRecorded(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(CHANGES_RECORDED));
    }

    static AuditOutcome outcome(int status) {
        return status >= 500 ? AuditOutcome.FAILED : status >= 400 ? AuditOutcome.REFUSED : AuditOutcome.SUCCESS;
    }
}
