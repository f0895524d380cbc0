package com.weibao.platform.engine;

import java.util.function.BooleanSupplier;

/**
 * Stands around every password check of Camunda's identity service, whichever door the login came through
 * (/api, /engine-rest, the webapps' login): Weibao's login throttle decides whether the password is checked at
 * all and learns the outcome, in one step per user, so parallel guesses cannot slip past a lock.
 */
public interface PasswordCheckGuard {

    /** Whether the user's password matches: {@code passwordMatches} when the guard lets the check happen. */
    boolean check(String userId, BooleanSupplier passwordMatches);

    /** An administrator unlocked the user in Camunda (the Admin webapp's "Unlock User", REST). */
    void unlocked(String userId, String byUserId);
}
