package com.weibao.inspection;

import java.time.LocalDate;

/**
 * A new inspection as a channel asks for it: on demand (REST, Tasklist) or for a slot of the plan's schedule.
 * planCode may be empty (the contract's first plan); slotDate is set for scheduled inspections only.
 */
public record InspectionRequest(String contractCode, String planCode, InspectionTrigger trigger, LocalDate slotDate,
                                String reason, String requestedBy) {
}
