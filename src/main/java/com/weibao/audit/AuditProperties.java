package com.weibao.audit;

import java.time.LocalDate;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * weibao.audit.*: how long entries are kept (default 3 years; the Cybersecurity Law, art. 21, asks for at least six
 * months, so less refuses to start) and how many rows one export may hold.
 */
@ConfigurationProperties("weibao.audit")
public record AuditProperties(Period retention, Integer exportMaxRows) {

    static final Period MINIMUM_RETENTION = Period.ofMonths(6);

    public AuditProperties {
        retention = retention == null ? Period.ofYears(3) : retention;
        exportMaxRows = exportMaxRows == null ? 100_000 : exportMaxRows;
        if (!atLeastSixMonths(retention)) {
            throw new IllegalArgumentException("weibao.audit.retention is " + retention + ": audit entries must be "
                    + "kept at least 6 months (P6M, Cybersecurity Law art. 21); set P6M or more, e.g. P3Y");
        }
        if (exportMaxRows < 1) {
            throw new IllegalArgumentException("weibao.audit.export-max-rows must be at least 1");
        }
    }

    /** Six months or more from every day of a four-year cycle (months differ in length, so P180D is not enough). */
    private static boolean atLeastSixMonths(Period retention) {
        if (retention.isNegative()) {
            return false;
        }
        LocalDate day = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 4 * 366; i++, day = day.plusDays(1)) {
            if (day.plus(retention).isBefore(day.plus(MINIMUM_RETENTION))) {
                return false;
            }
        }
        return true;
    }
}
