package com.weibao.inspection;

import java.time.LocalDate;

/** One inspection a plan calls for: the day it starts, how people name it ("2026年第4季度"), when it is due. */
public record PlannedSlot(LocalDate date, String periodLabel, LocalDate dueDate) {
}
