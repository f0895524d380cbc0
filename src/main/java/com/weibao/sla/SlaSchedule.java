package com.weibao.sla;

import com.weibao.contract.Contract;
import com.weibao.contract.Priority;
import com.weibao.contract.ServiceWindow;
import com.weibao.contract.ServiceWindowDefinition;
import com.weibao.contract.SlaTargetDefinition;
import com.weibao.contract.Category;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns a contract's promise into deadlines for a case. Every clock becomes "this much open time on this
 * window": elapsed time on {@link ServiceWindow#ALWAYS}, business hours on the contract's window, N working days
 * as N × 24 h on {@link ServiceWindow#WHOLE_WORKING_DAYS}, "before the next opening" as the elapsed time until
 * then. Pauses of the case's clock do not count.
 */
@Component
public class SlaSchedule {

    private final WorkingTime time;
    private final SlaProperties properties;

    public SlaSchedule(WorkingTime time, SlaProperties properties) {
        this.time = time;
        this.properties = properties;
    }

    /** Whether the promise applies to a case of this level and category, reported then, with or without on-site need. */
    public boolean applies(Contract contract, SlaTargetDefinition definition, Priority priority, Category category,
                           Instant reportedAt, boolean onsiteRequired) {
        if (!definition.appliesTo(priority, category)) {
            return false;
        }
        return switch (definition.getTrigger()) {
            case REPORTED -> true;
            case ONSITE_REQUIRED -> onsiteRequired;
            case REPORTED_WHILE_CLOSED -> !time.isOpen(reportedAt, namedWindow(contract, definition));
        };
    }

    /** The window and amount of open time the promise gives, counted from the report. */
    public Allowance allowance(Contract contract, SlaTargetDefinition definition, Instant reportedAt) {
        return switch (definition.getClock()) {
            case ELAPSED -> new Allowance(ServiceWindow.ALWAYS, definition.durationValue());
            case BUSINESS_HOURS -> new Allowance(namedWindow(contract, definition), definition.durationValue());
            case WORKING_DAYS -> new Allowance(ServiceWindow.WHOLE_WORKING_DAYS, definition.durationValue());
            case NEXT_OPENING -> new Allowance(ServiceWindow.ALWAYS, Duration.between(reportedAt,
                    time.nextOpening(reportedAt, namedWindow(contract, definition))));
        };
    }

    public double warningRatio(SlaTargetDefinition definition) {
        return definition.getWarningRatio() == null ? properties.warningRatio() : definition.getWarningRatio();
    }

    /** Due and warning times; both null while the clock is paused. */
    public Deadlines deadlines(Instant start, Duration amount, ServiceWindow window, double warningRatio,
                               List<Period> pauses) {
        if (pauses.stream().anyMatch(Period::isOpen)) {
            return new Deadlines(null, null);
        }
        return new Deadlines(time.plus(start, amount, window, pauses),
                time.plus(start, scaled(amount, warningRatio), window, pauses));
    }

    /** When a broken target goes to the service manager (step MANAGER) or the hospital's contact (HOSPITAL). */
    public Instant escalationAt(CaseSlaTarget target, int step, List<Period> pauses) {
        double after = step == CaseSlaTarget.MANAGER ? properties.managerAfter() : properties.hospitalAfter();
        if (pauses.stream().anyMatch(Period::isOpen)) {
            throw new IllegalStateException("target " + target.getId() + " is paused");
        }
        return time.plus(target.getStartedAt(), target.duration().plus(scaled(target.duration(), after)),
                target.window(), pauses);
    }

    /** Open time the target took from its start to {@code at}, pauses not counted. */
    public Duration taken(CaseSlaTarget target, Instant at, List<Period> pauses) {
        return time.between(target.getStartedAt(), at, target.window(), pauses);
    }

    private static Duration scaled(Duration amount, double ratio) {
        return Duration.ofMillis(Math.round(amount.toMillis() * ratio));
    }

    private static ServiceWindow namedWindow(Contract contract, SlaTargetDefinition definition) {
        ServiceWindowDefinition window = contract.serviceWindow(definition.getWindow()).orElseThrow(() ->
                new IllegalStateException("contract " + contract.getCode() + " has no window " + definition.getWindow()));
        return window.window();
    }

    public record Allowance(ServiceWindow window, Duration amount) {
    }

    public record Deadlines(Instant due, Instant warning) {
    }
}
