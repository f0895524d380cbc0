package com.weibao.intake.phone;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * weibao.phone.*: the CTI sources allowed to call the webhook (one shared secret each), the hotline numbers
 * (which contract a number belongs to, if it is dedicated to one, and its hours), and the hotline hours used when
 * the SLA engine cannot say whether the desk is open.
 */
@ConfigurationProperties("weibao.phone")
public record PhoneProperties(Cti cti, List<Hotline> hotlines, Hours fallbackHours) {

    public PhoneProperties {
        cti = cti == null ? new Cti(null, null, 0) : cti;
        hotlines = hotlines == null ? List.of() : List.copyOf(hotlines);
        fallbackHours = fallbackHours == null ? Hours.WEEKDAYS_OFFICE : fallbackHours;
    }

    /** CTI webhook: sources by id (the X-Weibao-Source header), allowed clock skew, biggest accepted body. */
    public record Cti(Map<String, Source> sources, Duration maxSkew, int maxBodyBytes) {

        public Cti {
            sources = sources == null ? Map.of() : Map.copyOf(sources);
            maxSkew = maxSkew == null ? Duration.ofMinutes(5) : maxSkew;
            maxBodyBytes = maxBodyBytes <= 0 ? 256 * 1024 : maxBodyBytes;
        }

        /** Whether any source has a secret: without one the webhook is off. */
        public boolean on() {
            return sources.values().stream().anyMatch(s -> s.secret() != null && !s.secret().isBlank());
        }

        /** The secret of a source; empty when the source is unknown or has no secret (switched off). */
        public Optional<String> secretOf(String source) {
            return Optional.ofNullable(source).map(sources::get).map(Source::secret).filter(s -> !s.isBlank());
        }
    }

    public record Source(String secret) {
    }

    /** A hotline number; {@code contract} when the number is dedicated to one contract, {@code hours} its own. */
    public record Hotline(String number, String name, String contract, Hours hours) {
    }

    /** Opening hours on the given days, Asia/Shanghai; statutory holidays and make-up days are not known here. */
    public record Hours(Set<DayOfWeek> days, LocalTime from, LocalTime to) {

        public static final Hours WEEKDAYS_OFFICE = new Hours(null, null, null);

        public Hours {
            days = days == null || days.isEmpty() ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY) : days;
            from = from == null ? LocalTime.of(8, 30) : from;
            to = to == null ? LocalTime.of(17, 30) : to;
        }
    }
}
