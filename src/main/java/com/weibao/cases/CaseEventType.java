package com.weibao.cases;

/** What happened to a case; the history holds one event per change, with who and when. */
public enum CaseEventType {
    REGISTERED, PRIORITY_PROPOSED, TRIAGED, CANCELLED, ASSIGNED, SUPPORT_ACTION, NOTE,
    REMOTE_ACCESS_REQUESTED, REMOTE_ACCESS_GRANTED, REMOTE_ACCESS_REFUSED,
    WAITING_FOR_REPORTER, REPORTER_REPLIED, RESOLVED, CONFIRMED, REOPENED, CLOSED, FAULT_REPORT_WRITTEN, ARCHIVED,
    PRIORITY_CHANGED, SOLUTION_PLANNED, ONSITE_REQUIRED, WAITING_FOR_AGREED_TIME, AGREED_TIME_REACHED,
    /** A service-level target reached its warning time (75 %): the assigned engineer was warned. */
    SLA_WARNING,
    /** A service-level target was broken: the team lead was told. */
    SLA_BREACHED,
    /** A broken target was escalated further: service manager, then the hospital's responsible contact. */
    SLA_ESCALATED,
    /** The same fault on the same system came back (repeat rule): raised to P1, responsible persons told. */
    REPEAT_FAULT,
    /** Triage assigned the contract of a case that came in without one (mail from an unknown sender). */
    CONTRACT_ASSIGNED,
    /** Such a case went on in a process of its hospital's tenant (移交医院处理); until then only the desk saw it. */
    HANDED_OVER,
    /** Files that came in with a mail were kept with the case. */
    ATTACHMENTS_ADDED,
    /** A mail Weibao sent for the case came back undelivered (the bounce is kept with the case). */
    MAIL_BOUNCED,
    /** A person dated the report before its registration (a call taken on paper), with the reason. */
    REPORT_BACKDATED
}
