package com.weibao.inspection.process;

import com.weibao.inspection.InspectionScheduling;
import com.weibao.inspection.ScheduledSlot;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The schedule process's service tasks, for the plan its business key names. The next date is computed in Java and
 * handed to the timer as a date, so Cockpit shows the waiting schedule with its next inspection (variables
 * nextSlot, nextInspectionAt).
 */
@Configuration
class ScheduleDelegates {

    /** Task_PlanNextInspection: the plan's next slot after the last one started, or none left in the term. */
    @Bean("planNextInspection")
    JavaDelegate planNext(InspectionScheduling scheduling) {
        return execution -> {
            String last = InspectionVariables.text(execution, InspectionVariables.LAST_SLOT);
            ScheduleKey plan = ScheduleKey.parse(execution.getProcessBusinessKey());
            Optional<ScheduledSlot> next = scheduling.nextSlot(plan.contractCode(), plan.planCode(),
                    last == null ? null : LocalDate.parse(last));
            execution.setVariable(InspectionVariables.HAS_NEXT, next.isPresent());
            execution.setVariable(InspectionVariables.NEXT_SLOT, next.map(s -> s.slot().date().toString()).orElse(null));
            execution.setVariable(InspectionVariables.NEXT_PERIOD, next.map(s -> s.slot().periodLabel()).orElse(null));
            execution.setVariable(InspectionVariables.NEXT_INSPECTION_AT,
                    next.map(s -> Date.from(s.startAt())).orElse(null));
        };
    }

    /** Task_StartScheduledInspection: the slot's inspection starts (once, even if the schedule is replaced). */
    @Bean("startScheduledInspection")
    JavaDelegate startScheduled(InspectionScheduling scheduling) {
        return execution -> {
            String slot = InspectionVariables.text(execution, InspectionVariables.NEXT_SLOT);
            ScheduleKey plan = ScheduleKey.parse(execution.getProcessBusinessKey());
            scheduling.startDue(plan.contractCode(), plan.planCode(), LocalDate.parse(slot));
            execution.setVariable(InspectionVariables.LAST_SLOT, slot);
        };
    }
}
