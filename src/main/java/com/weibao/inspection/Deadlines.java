package com.weibao.inspection;

import java.time.Instant;

/** When an inspection's engineers are reminded, when it is overdue (leads told), when managers are told. */
public record Deadlines(Instant remindAt, Instant dueAt, Instant escalateAt) {
}
