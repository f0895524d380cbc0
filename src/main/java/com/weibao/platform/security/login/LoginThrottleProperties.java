package com.weibao.platform.security.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many failed logins lock what for how long (weibao.security.login, see application.yml): per user and client
 * address, per address, and per user from addresses it has not logged in from within {@code familiarFor}.
 */
@ConfigurationProperties("weibao.security.login")
public record LoginThrottleProperties(Limit userAndAddress, Limit address, Limit user, Duration familiarFor) {

    /** {@code maxFailures} failures within {@code window} lock the key for {@code lock}. */
    public record Limit(int maxFailures, Duration window, Duration lock) {

        Duration kept() {
            return window.compareTo(lock) > 0 ? window : lock;
        }
    }
}
