package com.weibao.report;

import com.weibao.platform.web.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's period: a month ("2026-11"), a quarter ("2026-Q4") or a year ("2026"), whole days in the contract's
 * zone (Asia/Shanghai): it runs from the first day's midnight to the midnight after the last day.
 */
public record ReportPeriod(Kind kind, String name, LocalDate first, LocalDate last) {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public enum Kind {
        MONTH("月报"), QUARTER("季报"), YEAR("年度总结");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(0[1-9]|1[0-2])$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");

    public static ReportPeriod parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase();
        Matcher q = QUARTER.matcher(t);
        if (q.matches()) {
            YearMonth start = YearMonth.of(Integer.parseInt(q.group(1)), (Integer.parseInt(q.group(2)) - 1) * 3 + 1);
            return new ReportPeriod(Kind.QUARTER, t, start.atDay(1), start.plusMonths(2).atEndOfMonth());
        }
        Matcher m = MONTH.matcher(t);
        if (m.matches()) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return new ReportPeriod(Kind.MONTH, t, month.atDay(1), month.atEndOfMonth());
        }
        Matcher y = YEAR.matcher(t);
        if (y.matches()) {
            int year = Integer.parseInt(y.group(1));
            return new ReportPeriod(Kind.YEAR, t, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        throw InvalidRequestException.of("period",
                "'" + text + "' is not a month (2026-11), a quarter (2026-Q4) or a year (2026)");
    }

    /** The month, quarter or year that ended last before that day. */
    public static ReportPeriod previous(Kind kind, LocalDate day) {
        return switch (kind) {
            case MONTH -> parse(YearMonth.from(day).minusMonths(1).toString());
            case QUARTER -> {
                LocalDate inPrevious = day.withDayOfMonth(1).minusMonths(3);
                yield parse(inPrevious.getYear() + "-Q" + ((inPrevious.getMonthValue() - 1) / 3 + 1));
            }
            case YEAR -> parse(String.valueOf(day.getYear() - 1));
        };
    }

    public Instant from() {
        return first.atStartOfDay(ZONE).toInstant();
    }

    /** Exclusive: the midnight after the last day. */
    public Instant to() {
        return last.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    public boolean contains(Instant at) {
        return at != null && !at.isBefore(from()) && at.isBefore(to());
    }

    /** 2026年11月, 2026年第4季度, 2026年度. */
    public String label() {
        return switch (kind) {
            case MONTH -> first.getYear() + "年" + first.getMonthValue() + "月";
            case QUARTER -> first.getYear() + "年第" + ((first.getMonthValue() - 1) / 3 + 1) + "季度";
            case YEAR -> first.getYear() + "年度";
        };
    }
}
