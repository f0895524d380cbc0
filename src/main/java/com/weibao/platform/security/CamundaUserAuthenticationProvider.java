package com.weibao.platform.security;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** HTTP Basic for /api against the users of Camunda's identity service; the principal is the {@link Caller}. */
@Component
class CamundaUserAuthenticationProvider implements AuthenticationProvider {

    private final CallerDirectory callers;

    CamundaUserAuthenticationProvider(CallerDirectory callers) {
        this.callers = callers;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object password = authentication.getCredentials();
        if (password == null || !callers.checkPassword(userId, password.toString())) {
            throw new BadCredentialsException("bad user name or password");
        }
        Caller caller = callers.caller(userId);
        List<SimpleGrantedAuthority> authorities = caller.groupIds().stream()
                .map(g -> new SimpleGrantedAuthority("GROUP_" + g)).toList();
        return UsernamePasswordAuthenticationToken.authenticated(caller, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
