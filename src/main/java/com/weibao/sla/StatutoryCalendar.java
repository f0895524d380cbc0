package com.weibao.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which days are statutory working days (法定工作日) in mainland China: Monday to Friday, except statutory
 * holidays, plus the make-up working days (调休上班) that fall on weekends. For a year whose arrangement is not
 * loaded it falls back to plain weekends, and says so ({@link #missingYears}).
 */
public final class StatutoryCalendar {

    private final Map<LocalDate, String> holidays;
    private final Set<LocalDate> makeUpWorkdays;
    private final Set<Integer> years;

    public StatutoryCalendar(Map<LocalDate, String> holidays, Set<LocalDate> makeUpWorkdays, Set<Integer> years) {
        this.holidays = Map.copyOf(holidays);
        this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
        this.years = Set.copyOf(years);
    }

    public static StatutoryCalendar weekendsOnly() {
        return new StatutoryCalendar(Map.of(), Set.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        if (holidays.containsKey(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    public boolean isHoliday(LocalDate day) {
        return holidays.containsKey(day);
    }

    public String holidayName(LocalDate day) {
        return holidays.get(day);
    }

    public boolean isMakeUpWorkday(LocalDate day) {
        return makeUpWorkdays.contains(day);
    }

    public boolean covers(int year) {
        return years.contains(year);
    }

    public Set<Integer> loadedYears() {
        return new TreeSet<>(years);
    }

    /** Of the given years, those without a loaded arrangement. */
    public Set<Integer> missingYears(int... wanted) {
        Set<Integer> missing = new TreeSet<>();
        for (int year : wanted) {
            if (!years.contains(year)) {
                missing.add(year);
            }
        }
        return missing;
    }
}
