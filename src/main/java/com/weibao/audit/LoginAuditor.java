package com.weibao.audit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.weibao.platform.security.login.LoginEvent;
import com.weibao.platform.security.login.LoginLock;
import com.weibao.platform.security.login.LoginLocksLifted;
import com.weibao.platform.security.login.LoginSurface;
import java.time.Duration;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logins as security reports them, shown to the user's hospital too: every failure and lock, every login to the
 * webapps, and an administrator lifting locks. HTTP Basic doors (/api, /engine-rest) check the password on every
 * request; of their successes one per user, address and door within {@link #BASIC_SUCCESS_WINDOW} is recorded, so
 * the trail says who worked from where without an entry per request.
 */
@Component
class LoginAuditor {

    static final Duration BASIC_SUCCESS_WINDOW = Duration.ofMinutes(15);

    private final AuditTrail trail;
    private final AuditedObjects objects;
    private final Cache<String, Boolean> recentBasicSuccesses = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(BASIC_SUCCESS_WINDOW).build();

    LoginAuditor(AuditTrail trail, AuditedObjects objects) {
        this.trail = trail;
        this.objects = objects;
    }

    @EventListener
    void on(LoginEvent login) {
        boolean success = login.outcome() == LoginEvent.Outcome.SUCCEEDED;
        if (success && login.surface() != LoginSurface.WEBAPP
                && recentBasicSuccesses.asMap().putIfAbsent(login.userId() + "\n" + login.address() + "\n"
                        + login.surface(), Boolean.TRUE) != null) {
            return;
        }
        String detail = "login " + login.outcome().name().toLowerCase() + " on " + login.surface()
                + (login.lock() == null ? "" : ", " + describe(login.lock()));
        trail.record(new AuditRecord(login.at(), login.userId(), login.address(), surface(login.surface()), "LOGIN",
                "USER", login.userId(), objects.hospitalOfUser(login.userId()),
                success ? AuditOutcome.SUCCESS : AuditOutcome.REFUSED, detail));
    }

    @EventListener
    void on(LoginLocksLifted lifted) {
        String detail = "lifted " + lifted.lifted().size() + " login lock(s)" + (lifted.user() == null ? ""
                : " of user " + lifted.user()) + (lifted.address() == null ? "" : " from " + lifted.address())
                + (lifted.lifted().isEmpty() ? "" : ": " + lifted.lifted().stream().map(LoginAuditor::describe)
                .collect(Collectors.joining("; ")));
        trail.record(new AuditRecord(lifted.at(), lifted.liftedBy(), null, AuditSurface.OTHER, "LOGIN_LOCKS_LIFTED",
                "USER", lifted.user(), objects.hospitalOfUser(lifted.user()), AuditOutcome.SUCCESS, detail));
    }

    private static String describe(LoginLock lock) {
        return lock.kind() + " " + (lock.user() == null ? "" : lock.user()) + (lock.address() == null ? ""
                : "@" + lock.address()) + (lock.lockedUntil() == null ? "" : " locked until " + lock.lockedUntil());
    }

    private static AuditSurface surface(LoginSurface surface) {
        return switch (surface) {
            case API -> AuditSurface.API;
            case ENGINE_REST -> AuditSurface.ENGINE_REST;
            case WEBAPP -> AuditSurface.WEBAPP;
        };
    }
}
