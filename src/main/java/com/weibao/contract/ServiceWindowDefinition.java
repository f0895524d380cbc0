package com.weibao.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A named service window of a contract, e.g. office hours "WORKING_DAYS 09:00-12:00,13:30-17:30". */
@Embeddable
public class ServiceWindowDefinition {

    @Column(name = "name", nullable = false, length = 64)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "days", nullable = false, length = 16)
    private DaySelector days;

    @Column(name = "hours", nullable = false, length = 200)
    private String hours;

    @Column(name = "description", length = 500)
    private String description;

    protected ServiceWindowDefinition() {
    }

    public ServiceWindowDefinition(String name, DaySelector days, String hours, String description) {
        this.name = name;
        this.days = days;
        this.hours = hours;
        this.description = description;
    }

    /** The window's days and hours as the calendars count them; refuses hours that are not intervals. */
    public ServiceWindow window() {
        return ServiceWindow.of(days, hours);
    }

    public String getName() { return name; }
    public DaySelector getDays() { return days; }
    public String getHours() { return hours; }
    public String getDescription() { return description; }
}
