package com.weibao.sla;

import java.time.Instant;

/** Whether a contract's service desk is open at an instant: its service window on the Chinese working calendar. */
public interface ServiceHours {

    boolean isOpen(String contractCode, Instant at);
}
