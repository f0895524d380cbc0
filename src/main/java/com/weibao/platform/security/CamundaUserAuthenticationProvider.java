package com.weibao.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.weibao.platform.crypto.Digests;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic for /api against the users of Camunda's identity service; the principal is the {@link Caller}.
 * A verified user name and password are remembered for a short while (weibao.security.credentials-cache, default
 * 60 s) with the user's groups and hospitals, so a client sending many requests does not cost a password check
 * and two identity queries each time; a changed password or membership counts at the latest after that while.
 * Only a digest of the password is kept. Wrong passwords are never cached: each one reaches Camunda's check,
 * where the login throttle counts it (login.LoginThrottle).
 */
@Component
class CamundaUserAuthenticationProvider implements AuthenticationProvider {

    private final CallerDirectory callers;
    private final Cache<String, Caller> verified;

    CamundaUserAuthenticationProvider(CallerDirectory callers,
                                      @Value("${weibao.security.credentials-cache:PT60S}") Duration remember) {
        this.callers = callers;
        this.verified = Caffeine.newBuilder().expireAfterWrite(remember).maximumSize(10_000).build();
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object password = authentication.getCredentials();
        if (password == null) {
            throw new BadCredentialsException("bad user name or password");
        }
        String key = userId + "\n" + Digests.sha256Hex(password.toString().getBytes(StandardCharsets.UTF_8));
        Caller caller = verified.getIfPresent(key);
        if (caller == null) {
            if (!callers.checkPassword(userId, password.toString())) {
                throw new BadCredentialsException("bad user name or password");
            }
            caller = callers.caller(userId);
            verified.put(key, caller);
        }
        List<SimpleGrantedAuthority> authorities = caller.groupIds().stream()
                .map(g -> new SimpleGrantedAuthority("GROUP_" + g)).toList();
        return UsernamePasswordAuthenticationToken.authenticated(caller, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
