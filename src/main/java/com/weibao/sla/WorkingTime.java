package com.weibao.sla;

import com.weibao.contract.DaySelector;
import com.weibao.contract.ServiceWindow;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Time arithmetic on service windows and the statutory calendar, in Asia/Shanghai: add business time to an
 * instant, measure business time between two instants, find the next opening. Periods passed as "excluded"
 * (a paused clock) do not count. Counting N working days is adding N × 24 h on {@link ServiceWindow#WHOLE_WORKING_DAYS}.
 */
public class WorkingTime {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Beyond this a window is taken to never open (e.g. a working-days window over a calendar of holidays). */
    private static final int MAX_DAYS = 3660;

    private final Supplier<StatutoryCalendar> calendar;

    public WorkingTime(Supplier<StatutoryCalendar> calendar) {
        this.calendar = calendar;
    }

    public StatutoryCalendar calendar() {
        return calendar.get();
    }

    public Instant plus(Instant start, Duration amount, ServiceWindow window) {
        return plus(start, amount, window, List.of());
    }

    /** The instant when {@code amount} of open time, not counting the excluded periods, has passed since start. */
    public Instant plus(Instant start, Duration amount, ServiceWindow window, List<Period> excluded) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("cannot add a negative duration: " + amount);
        }
        if (excluded.stream().anyMatch(Period::isOpen)) {
            throw new IllegalStateException("the clock is paused; no deadline until it runs again");
        }
        Duration remaining = amount;
        StatutoryCalendar days = calendar.get();
        LocalDate day = start.atZone(SHANGHAI).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            for (Segment segment : openSegments(day, window, days)) {
                for (Segment piece : segment.clipFrom(start).minus(excluded)) {
                    Duration length = piece.length();
                    if (length.isZero()) {
                        continue;
                    }
                    if (remaining.compareTo(length) <= 0) {
                        return piece.from().plus(remaining);
                    }
                    remaining = remaining.minus(length);
                }
            }
        }
        throw new IllegalStateException("the service window " + window + " does not open within " + MAX_DAYS + " days");
    }

    /** Open time between two instants, not counting the excluded periods (an open period counts up to {@code to}). */
    public Duration between(Instant from, Instant to, ServiceWindow window, List<Period> excluded) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        List<Period> closed = excluded.stream().map(p -> p.isOpen() ? new Period(p.from(), to) : p).toList();
        Duration total = Duration.ZERO;
        StatutoryCalendar days = calendar.get();
        LocalDate last = to.atZone(SHANGHAI).toLocalDate();
        for (LocalDate day = from.atZone(SHANGHAI).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            for (Segment segment : openSegments(day, window, days)) {
                Segment clipped = segment.clipFrom(from).clipTo(to);
                for (Segment piece : clipped.minus(closed)) {
                    total = total.plus(piece.length());
                }
            }
        }
        return total;
    }

    public Duration between(Instant from, Instant to, ServiceWindow window) {
        return between(from, to, window, List.of());
    }

    public boolean isOpen(Instant at, ServiceWindow window) {
        return nextOpening(at, window).equals(at);
    }

    /** {@code at} itself when the window is open then, else the moment it next opens. */
    public Instant nextOpening(Instant at, ServiceWindow window) {
        return plus(at, Duration.ZERO, window);
    }

    private static List<Segment> openSegments(LocalDate day, ServiceWindow window, StatutoryCalendar calendar) {
        if (!isOpenOn(day, window.days(), calendar)) {
            return List.of();
        }
        Instant midnight = day.atStartOfDay(SHANGHAI).toInstant();
        return window.intervals().stream()
                .map(i -> new Segment(midnight.plus(Duration.ofMinutes(i.startMinute())),
                        midnight.plus(Duration.ofMinutes(i.endMinute()))))
                .toList();
    }

    private static boolean isOpenOn(LocalDate day, DaySelector days, StatutoryCalendar calendar) {
        return switch (days) {
            case ALL_DAYS -> true;
            case WORKING_DAYS -> calendar.isWorkingDay(day);
            case SIX_DAY_WEEK -> calendar.isWorkingDay(day)
                    || (day.getDayOfWeek() == DayOfWeek.SATURDAY && !calendar.isHoliday(day));
        };
    }

    /** A half-open stretch [from, to) of open time; possibly empty after clipping. */
    private record Segment(Instant from, Instant to) {

        Duration length() {
            return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
        }

        Segment clipFrom(Instant start) {
            return start.isAfter(from) ? new Segment(start.isAfter(to) ? to : start, to) : this;
        }

        Segment clipTo(Instant end) {
            return end.isBefore(to) ? new Segment(from, end.isBefore(from) ? from : end) : this;
        }

        /** This segment without the excluded periods, in order. */
        List<Segment> minus(List<Period> excluded) {
            List<Segment> pieces = new ArrayList<>(List.of(this));
            List<Period> sorted = excluded.stream().sorted(Comparator.comparing(Period::from)).toList();
            for (Period p : sorted) {
                List<Segment> next = new ArrayList<>();
                for (Segment s : pieces) {
                    if (!p.to().isAfter(s.from) || !p.from().isBefore(s.to)) {
                        next.add(s);
                        continue;
                    }
                    if (p.from().isAfter(s.from)) {
                        next.add(new Segment(s.from, p.from()));
                    }
                    if (p.to().isBefore(s.to)) {
                        next.add(new Segment(p.to(), s.to));
                    }
                }
                pieces = next;
            }
            pieces.removeIf(s -> !s.to.isAfter(s.from));
            return pieces;
        }
    }
}
