package com.weibao.platform.security.login;

import com.weibao.platform.security.Caller;
import com.weibao.platform.web.FieldViolation;
import com.weibao.platform.web.InvalidRequestException;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The administrators' view of login locks: who is locked out where until when, and lifting a lock early. */
@RestController
@RequestMapping("/api/security/login-locks")
class LoginLocksController {

    private final LoginThrottle throttle;

    LoginLocksController(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping
    List<LoginLock> locks(@AuthenticationPrincipal Caller caller) {
        requireAdmin(caller);
        return throttle.locks();
    }

    /** Lifts what keeps {@code user} (on {@code address}) out, see {@link LoginThrottle#lift}. */
    @DeleteMapping
    Map<String, List<LoginLock>> lift(@RequestParam(required = false) String user,
                                      @RequestParam(required = false) String address,
                                      @AuthenticationPrincipal Caller caller) {
        requireAdmin(caller);
        if (isBlank(user) && isBlank(address)) {
            throw new InvalidRequestException(List.of(
                    new FieldViolation("user", "give a user, an address or both"),
                    new FieldViolation("address", "give a user, an address or both")));
        }
        return Map.of("lifted", throttle.lift(isBlank(user) ? null : user, isBlank(address) ? null : address,
                caller.userId()));
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw new AccessDeniedException("only administrators (camunda-admin) see and lift login locks");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
