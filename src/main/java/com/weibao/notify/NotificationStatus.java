package com.weibao.notify;

public enum NotificationStatus {
    /** Waiting for (another) attempt. */
    PENDING,
    /** Being delivered by a dispatcher right now. */
    SENDING,
    SENT,
    /** Gave up after the configured attempts; kept for a supervisor to retry. */
    FAILED,
    /** Nobody could be reached: no channel has an address for the recipient. */
    UNDELIVERABLE
}
