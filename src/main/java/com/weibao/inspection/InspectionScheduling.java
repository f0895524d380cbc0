package com.weibao.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans' schedules: which slot comes next and starting its inspection when its day comes. One schedule
 * process per plan waits for the next slot on a timer (visible in Cockpit); this service does the date
 * arithmetic for it, so the calendar logic is plain, table-testable Java.
 */
@Service
@Transactional
public class InspectionScheduling {

    private static final Logger log = LoggerFactory.getLogger(InspectionScheduling.class);
    /** How far back a fresh schedule looks for a slot whose window is still open. */
    private static final int LOOK_BACK_DAYS = 120;
    private static final int HORIZON_YEARS = 2;

    private final InspectionPlanRepository plans;
    private final InspectionRepository inspections;
    private final InspectionWorkflow workflow;
    private final InspectionSchedule schedule;
    private final Clock clock;

    public InspectionScheduling(InspectionPlanRepository plans, InspectionRepository inspections, InspectionWorkflow workflow,
                         InspectionCalendar calendar, Clock clock) {
        this.plans = plans;
        this.inspections = inspections;
        this.workflow = workflow;
        this.schedule = new InspectionSchedule(calendar);
        this.clock = clock;
    }

    /**
     * The slot after {@code after}; for a fresh schedule ({@code after} null) the first slot that is not due yet
     * and has no inspection. Empty when the contract's term has no more slots.
     */
    @Transactional(readOnly = true)
    public Optional<ScheduledSlot> nextSlot(String contractCode, String planCode, LocalDate after) {
        InspectionPlan plan = plan(contractCode, planCode);
        LocalDate today = today();
        if (after != null) {
            return schedule.slots(plan, after.plusDays(1), after.plusYears(HORIZON_YEARS)).stream().findFirst()
                    .map(s -> scheduled(s));
        }
        return schedule.slots(plan, today.minusDays(LOOK_BACK_DAYS), today.plusYears(HORIZON_YEARS)).stream()
                .filter(s -> !s.dueDate().isBefore(today) && !inspections.existsByPlanAndSlotDate(plan, s.date()))
                .findFirst().map(s -> scheduled(s));
    }

    /** The slot's day has come: its inspection starts, unless it exists already. Returns the new inspection's id. */
    public Optional<Long> startDue(String contractCode, String planCode, LocalDate slotDate) {
        InspectionPlan plan = plan(contractCode, planCode);
        if (inspections.existsByPlanAndSlotDate(plan, slotDate)) {
            log.info("Inspection of {}/{} for {} exists already", contractCode, planCode, slotDate);
            return Optional.empty();
        }
        return Optional.of(workflow.start(new InspectionRequest(contractCode, planCode, InspectionTrigger.SCHEDULED,
                slotDate, null, "schedule")));
    }

    /** Every plan of a contract still running has its schedule process, at the plan's current revision. */
    public int ensureSchedules() {
        LocalDate today = today();
        int started = 0;
        for (InspectionPlan plan : plans.findAllOrdered()) {
            LocalDate end = plan.getContract().getEndDate();
            if ((end == null || !end.isBefore(today)) && workflow.ensureSchedule(plan)) {
                started++;
            }
        }
        return started;
    }

    private ScheduledSlot scheduled(PlannedSlot slot) {
        return new ScheduledSlot(slot, schedule.startAt(slot.date()));
    }

    private InspectionPlan plan(String contractCode, String planCode) {
        return plans.findByContractCodeAndCode(contractCode, planCode).orElseThrow(
                () -> new IllegalArgumentException("no inspection plan " + contractCode + "/" + planCode));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), InspectionSchedule.ZONE);
    }
}
