package com.weibao.audit;

import com.weibao.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records requests to Weibao's REST API after they were answered: every read of a case, its attachments and
 * report, an inspection and its files, the quarantine's items and the audit trail itself (the endpoints
 * {@link AuditedEndpoints} names), and every request that changes something (any method but GET). A change that
 * was already recorded by the domain in its transaction (a case change) is not recorded twice; a refused one is
 * recorded here, with the hospital of the object it aimed at.
 */
@Component
class ApiRequestAuditor implements HandlerInterceptor {

    private final AuditTrail trail;
    private final AuditedObjects objects;
    private final Clock clock;

    ApiRequestAuditor(AuditTrail trail, AuditedObjects objects, Clock clock) {
        this.trail = trail;
        this.objects = objects;
        this.clock = clock;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        if (!(handler instanceof HandlerMethod)) {
            return;
        }
        String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        boolean change = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        AuditedEndpoints.Endpoint endpoint = AuditedEndpoints.find(request.getMethod(), pattern);
        if (endpoint == null && !change) {
            return;
        }
        AuditOutcome outcome = ex != null ? AuditOutcome.FAILED : AuditRequests.outcome(response.getStatus());
        if (change && outcome == AuditOutcome.SUCCESS && AuditRequests.changesRecorded(request)) {
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        AuditedEndpoints.Target target = AuditedEndpoints.target(pattern, variables == null ? Map.of() : variables,
                request, response);
        String actor = caller().map(Caller::userId).orElse(null);
        String hospital = hospital(target, actor);
        String action = endpoint != null ? endpoint.action() : "API_CHANGE";
        trail.record(new AuditRecord(clock.instant(), actor, AuditRequests.clientAddress(request), AuditSurface.API,
                action, target.type(), target.id(), hospital, outcome, detail(request, response)));
    }

    private String hospital(AuditedEndpoints.Target target, String actor) {
        if (target.type() == null) {
            return objects.hospitalOfUser(actor);
        }
        return switch (target.type()) {
            case "CASE" -> target.id() == null ? null : objects.hospitalOfCase(target.id());
            // the hospital whose trail was asked for (also when refused: that hospital sees who tried)
            case "AUDIT_TRAIL" -> target.id() != null ? target.id() : objects.hospitalOfUser(actor);
            case "INSPECTION" -> objects.hospitalOfInspection(target.id());
            case "CONTRACT" -> objects.hospitalOfContract(target.id());
            default -> objects.hospitalOfUser(actor);
        };
    }

    private static String detail(HttpServletRequest request, HttpServletResponse response) {
        StringBuilder detail = new StringBuilder(request.getMethod()).append(' ').append(request.getRequestURI());
        if (request.getQueryString() != null) {
            detail.append('?').append(request.getQueryString());
        }
        detail.append(" → ").append(response.getStatus());
        String disposition = response.getHeader(HttpHeaders.CONTENT_DISPOSITION);
        if (disposition != null) {
            detail.append("; ").append(disposition);
        }
        if ("true".equals(response.getHeader("Idempotent-Replayed"))) {
            detail.append("; Idempotency-Key replay");
        }
        return detail.toString();
    }

    private static java.util.Optional<Caller> caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Caller caller
                ? java.util.Optional.of(caller) : java.util.Optional.empty();
    }
}
