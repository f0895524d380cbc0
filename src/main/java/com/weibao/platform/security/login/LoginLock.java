package com.weibao.platform.security.login;

import java.time.Instant;

/**
 * Failed logins counted against one key (a user from one address, an address, or a user), and until when the key
 * is locked; {@code lockedUntil} is null while the failures are only being counted.
 */
public record LoginLock(Kind kind, String user, String address, int failures, Instant lockedUntil) {

    public enum Kind {
        /** One user from one client address: the attacker's own address, not the user's. */
        USER_AND_ADDRESS,
        /** One client address, whatever the users. */
        ADDRESS,
        /** One user from every address; holds only where the user has not logged in successfully of late. */
        USER
    }
}
