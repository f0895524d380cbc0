package com.weibao.platform.security.login;

/** The doors a user logs in through; each checks the password with Camunda's identity service. */
public enum LoginSurface {
    /** Weibao's REST API, /api: HTTP Basic on every request. */
    API,
    /** Camunda's REST API, /engine-rest: HTTP Basic on every request. */
    ENGINE_REST,
    /** The login form of Tasklist, Cockpit and Admin: starts a session. */
    WEBAPP
}
