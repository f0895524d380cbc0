package com.weibao.platform;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Times as hospital users read them, in forms, notifications, notes and reports: Beijing time to the minute
 * ("2026-11-20 10:05"); a missing time is an empty text.
 */
public final class DisplayTimes {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(BEIJING);

    private DisplayTimes() {
    }

    public static String format(Instant at) {
        return at == null ? "" : MINUTES.format(at);
    }
}
