package com.weibao.sla;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Loads the statutory calendar from YAML files (the shipped one, then the administrator's, later files winning
 * per year) and keeps the current one; {@link #reload} reads them again. A year missing for this year or next
 * is warned about at start-up and reported by the health indicator; dates then fall back to weekends only.
 */
@Component
public class StatutoryCalendars {

    private static final Logger log = LoggerFactory.getLogger(StatutoryCalendars.class);

    private final ResourceLoader resources;
    private final List<String> locations;
    private final Clock clock;
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final AtomicReference<StatutoryCalendar> current = new AtomicReference<>();

    StatutoryCalendars(ResourceLoader resources, @Value("${weibao.sla.calendar-files}") List<String> locations,
                       Clock clock) {
        this.resources = resources;
        this.locations = locations;
        this.clock = clock;
        current.set(load());
        Set<Integer> missing = missingYears();
        if (!missing.isEmpty()) {
            log.warn("No statutory holiday arrangement loaded for {}: deadlines in those years count weekends only. "
                    + "Add the State Council's arrangement to {} and reload.", missing, locations);
        }
    }

    public StatutoryCalendar current() {
        return current.get();
    }

    /** This year and next, as far as they are not loaded. */
    public Set<Integer> missingYears() {
        int year = LocalDate.now(clock.withZone(WorkingTime.SHANGHAI)).getYear();
        return current.get().missingYears(year, year + 1);
    }

    /** Reads the files again; a broken file leaves the current calendar in place and says why. */
    public StatutoryCalendar reload() {
        StatutoryCalendar loaded = load();
        current.set(loaded);
        log.info("Statutory calendar reloaded: years {}", loaded.loadedYears());
        return loaded;
    }

    private StatutoryCalendar load() {
        Map<Integer, YearEntry> years = new HashMap<>();
        for (String location : locations) {
            if (location.isBlank()) {
                continue;
            }
            Resource resource = resources.getResource(location.strip());
            if (!resource.exists()) {
                log.debug("No statutory calendar file at {}", location);
                continue;
            }
            try (InputStream in = resource.getInputStream()) {
                CalendarFile file = yaml.readValue(in, CalendarFile.class);
                if (file != null && file.years() != null) {
                    years.putAll(file.years());
                }
            } catch (IOException e) {
                throw new CalendarFileException("cannot read statutory calendar " + location + ": " + e.getMessage(), e);
            }
        }
        Map<LocalDate, String> holidays = new HashMap<>();
        Set<LocalDate> workdays = new HashSet<>();
        years.forEach((year, entry) -> {
            for (HolidayEntry holiday : entry.holidays() == null ? List.<HolidayEntry>of() : entry.holidays()) {
                if (holiday.to().isBefore(holiday.from())) {
                    throw new CalendarFileException(year + ": holiday " + holiday.name() + " ends before it starts");
                }
                for (LocalDate d = holiday.from(); !d.isAfter(holiday.to()); d = d.plusDays(1)) {
                    requireYear(year, d, holiday.name());
                    holidays.put(d, holiday.name());
                }
            }
            for (LocalDate d : entry.workdays() == null ? List.<LocalDate>of() : entry.workdays()) {
                requireYear(year, d, "make-up working day");
                if (holidays.containsKey(d)) {
                    throw new CalendarFileException(year + ": " + d + " is both a holiday and a make-up working day");
                }
                workdays.add(d);
            }
        });
        return new StatutoryCalendar(holidays, workdays, years.keySet());
    }

    private static void requireYear(int year, LocalDate day, String what) {
        if (day.getYear() != year) {
            throw new CalendarFileException(year + ": " + what + " on " + day + " is not in " + year);
        }
    }

    record CalendarFile(Map<Integer, YearEntry> years) {
    }

    record YearEntry(List<HolidayEntry> holidays, List<LocalDate> workdays) {
    }

    record HolidayEntry(LocalDate from, LocalDate to, String name) {
    }

    /** A calendar file that cannot be used, with the reason. */
    public static class CalendarFileException extends RuntimeException {
        CalendarFileException(String message) {
            super(message);
        }

        CalendarFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
