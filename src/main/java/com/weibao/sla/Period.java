package com.weibao.sla;

import java.time.Instant;

/** A stretch of time, e.g. a pause of a case's clock; {@code to} is null while it lasts. */
public record Period(Instant from, Instant to) {

    public Period {
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + " - " + to);
        }
    }

    public boolean isOpen() {
        return to == null;
    }
}
