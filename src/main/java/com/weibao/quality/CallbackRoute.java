package com.weibao.quality;

/** Where the callback process goes after a call; the process routes on it. */
public enum CallbackRoute {
    /** Reached, solved and 优 or 良: done. */
    DONE,
    /** Reached, but not solved or rated 差: the service manager follows up (complaint handling). */
    FOLLOW_UP,
    /** Nobody answered and attempts are left: call again after the spacing. */
    RETRY,
    /** Nobody answered the last attempt: recorded as unreachable. */
    UNREACHABLE,
    /** The reporter declined the callback. */
    REFUSED
}
