package com.weibao.audit;

/** Where a request came in: Weibao's REST API, Camunda's REST API, the Camunda webapps, an intake webhook, ... */
public enum AuditSurface {
    /** /api: Weibao's REST API and the pages built on it. */
    API,
    /** /engine-rest: Camunda's REST API. */
    ENGINE_REST,
    /** /camunda: Tasklist, Cockpit and Admin (their own API under /camunda/api). */
    WEBAPP,
    /** /intake: the CTI and WeChat webhooks. */
    INTAKE,
    /** Any other HTTP request (static pages, health). */
    OTHER,
    /** No request: a timer, the job executor, a mail route, start-up. */
    SYSTEM
}
