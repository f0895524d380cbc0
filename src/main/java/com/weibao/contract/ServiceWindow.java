package com.weibao.contract;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a service is open: on the selected days, during one or more intervals, in Asia/Shanghai.
 * Intervals are written "09:00-12:00,13:30-17:30"; "24:00" ends a day.
 */
public record ServiceWindow(DaySelector days, List<Interval> intervals) {

    /** Around the clock, every day (7×24). */
    public static final ServiceWindow ALWAYS = new ServiceWindow(DaySelector.ALL_DAYS, List.of(new Interval(0, 1440)));

    /** Whole statutory working days: counting on it counts working days. */
    public static final ServiceWindow WHOLE_WORKING_DAYS = new ServiceWindow(DaySelector.WORKING_DAYS,
            List.of(new Interval(0, 1440)));

    private static final Pattern INTERVAL = Pattern.compile("(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})");

    public ServiceWindow {
        if (intervals.isEmpty()) {
            throw new IllegalArgumentException("a service window needs at least one interval");
        }
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparingInt(Interval::startMinute));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).startMinute() < sorted.get(i - 1).endMinute()) {
                throw new IllegalArgumentException("overlapping intervals " + sorted.get(i - 1) + " and " + sorted.get(i));
            }
        }
        intervals = List.copyOf(sorted);
    }

    public static ServiceWindow of(DaySelector days, String hours) {
        List<Interval> intervals = new ArrayList<>();
        for (String part : hours.split(",")) {
            Matcher m = INTERVAL.matcher(part.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not an interval like 09:00-17:30");
            }
            int start = minutes(m.group(1), m.group(2));
            int end = minutes(m.group(3), m.group(4));
            if (end <= start) {
                throw new IllegalArgumentException("interval " + part.strip() + " ends before it starts");
            }
            intervals.add(new Interval(start, end));
        }
        return new ServiceWindow(days, intervals);
    }

    private static int minutes(String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        if (h > 24 || m > 59 || (h == 24 && m > 0)) {
            throw new IllegalArgumentException(hours + ":" + minutes + " is not a time of day");
        }
        return h * 60 + m;
    }

    /** Minutes from midnight, end exclusive; 1440 is the end of the day. */
    public record Interval(int startMinute, int endMinute) {

        public Interval {
            if (startMinute < 0 || endMinute > 1440 || endMinute <= startMinute) {
                throw new IllegalArgumentException("bad interval " + startMinute + "-" + endMinute);
            }
        }

        public LocalTime start() {
            return LocalTime.MIN.plusMinutes(startMinute);
        }

        @Override
        public String toString() {
            return String.format("%02d:%02d-%02d:%02d", startMinute / 60, startMinute % 60, endMinute / 60,
                    endMinute % 60);
        }
    }
}
