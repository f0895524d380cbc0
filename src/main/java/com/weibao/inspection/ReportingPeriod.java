package com.weibao.inspection;

import com.weibao.platform.web.InvalidRequestException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A summary's period: a quarter ("2026-Q4"), a month ("2026-11") or a year ("2026"). */
public record ReportingPeriod(String name, LocalDate from, LocalDate to) {

    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d{2})$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");

    public static ReportingPeriod parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase();
        Matcher q = QUARTER.matcher(t);
        if (q.matches()) {
            YearMonth first = YearMonth.of(Integer.parseInt(q.group(1)), (Integer.parseInt(q.group(2)) - 1) * 3 + 1);
            return new ReportingPeriod(t, first.atDay(1), first.plusMonths(2).atEndOfMonth());
        }
        Matcher m = MONTH.matcher(t);
        if (m.matches() && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return new ReportingPeriod(t, month.atDay(1), month.atEndOfMonth());
        }
        Matcher y = YEAR.matcher(t);
        if (y.matches()) {
            int year = Integer.parseInt(y.group(1));
            return new ReportingPeriod(t, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        throw InvalidRequestException.of("period", "'" + text + "' is not a quarter (2026-Q4), month (2026-11) or year");
    }

    public static ReportingPeriod quarterOf(LocalDate day) {
        return parse(day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1));
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
