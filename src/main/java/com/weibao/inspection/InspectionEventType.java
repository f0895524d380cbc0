package com.weibao.inspection;

/** What happened to an inspection; its history holds one event per change, with who and when. */
public enum InspectionEventType {
    REQUESTED, RESULTS_RECORDED, FOLLOW_UP_RAISED, FOLLOW_UP_LINKED, FILE_ADDED, REPORT_WRITTEN, REMINDED, OVERDUE,
    ESCALATED, SIGNED, REJECTED, ARCHIVED
}
