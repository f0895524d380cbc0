package com.weibao.quality;

import com.weibao.platform.web.InvalidRequestException;
import com.weibao.sla.WorkingTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Days from/to, inclusive, in Asia/Shanghai (default: this calendar year), and the instants that bound them. */
record DateRange(LocalDate first, LocalDate last, Instant start, Instant end) {

    static DateRange of(LocalDate from, LocalDate to, Clock clock) {
        LocalDate today = clock.instant().atZone(WorkingTime.SHANGHAI).toLocalDate();
        LocalDate first = from == null ? today.withDayOfYear(1) : from;
        LocalDate last = to == null ? today.withDayOfYear(today.lengthOfYear()) : to;
        if (last.isBefore(first)) {
            throw InvalidRequestException.of("to", "is before from (" + first + ")");
        }
        return new DateRange(first, last, first.atStartOfDay(WorkingTime.SHANGHAI).toInstant(),
                last.plusDays(1).atStartOfDay(WorkingTime.SHANGHAI).toInstant());
    }
}
