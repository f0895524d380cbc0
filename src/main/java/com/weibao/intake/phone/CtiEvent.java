package com.weibao.intake.phone;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.OffsetDateTime;

/**
 * One event of the CTI system about a hotline call, as posted to /intake/cti/events. Unknown fields are
 * ignored (CTI systems add their own); {@code eventId}, when the CTI system has one, identifies a retry.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CtiEvent(String eventId, Type type, String callId, String caller, String hotline, String ivr,
                       String agent, OffsetDateTime startedAt, OffsetDateTime answeredAt, OffsetDateTime endedAt,
                       OffsetDateTime occurredAt, String recordingUrl, String transcript) {

    public enum Type {
        STARTED, ANSWERED, ENDED, MISSED, VOICEMAIL;

        /** Accepts "missed", "call.missed" and "MISSED". */
        @com.fasterxml.jackson.annotation.JsonCreator
        public static Type of(String value) {
            String name = value == null ? "" : value.strip();
            if (name.regionMatches(true, 0, "call.", 0, 5)) {
                name = name.substring(5);
            }
            try {
                return valueOf(name.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + value + "' is not one of started, answered, ended, missed, "
                        + "voicemail");
            }
        }

        /** The events that leave someone waiting for a call back. */
        public boolean unanswered() {
            return this == MISSED || this == VOICEMAIL;
        }
    }
}
