package com.weibao.audit;

import com.weibao.platform.security.LoginAttempted;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every login attempt, successful or not, as security reports it; shown to the user's hospital too. */
@Component
class LoginAuditor {

    private final AuditTrail trail;
    private final AuditedObjects objects;

    LoginAuditor(AuditTrail trail, AuditedObjects objects) {
        this.trail = trail;
        this.objects = objects;
    }

    @EventListener
    void on(LoginAttempted login) {
        boolean success = "SUCCESS".equalsIgnoreCase(login.outcome()) || "SUCCEEDED".equalsIgnoreCase(login.outcome());
        trail.record(new AuditRecord(login.at(), login.userId(), login.clientAddress(), surface(login.surface()),
                "LOGIN", "USER", login.userId(), objects.hospitalOfUser(login.userId()),
                success ? AuditOutcome.SUCCESS : AuditOutcome.REFUSED,
                "login " + login.outcome() + (login.surface() == null ? "" : " on " + login.surface())));
    }

    private static AuditSurface surface(String surface) {
        if (surface == null) {
            return AuditSurface.OTHER;
        }
        String s = surface.toUpperCase(Locale.ROOT).replace('-', '_');
        if (s.contains("ENGINE")) {
            return AuditSurface.ENGINE_REST;
        }
        if (s.contains("API")) {
            return AuditSurface.API;
        }
        if (s.contains("TASKLIST") || s.contains("COCKPIT") || s.contains("ADMIN") || s.contains("WEBAPP")) {
            return AuditSurface.WEBAPP;
        }
        return AuditSurface.OTHER;
    }
}
