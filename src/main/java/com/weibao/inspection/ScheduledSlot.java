package com.weibao.inspection;

import java.time.Instant;

/** A plan's next slot and the moment its inspection starts (09:00 Asia/Shanghai on the slot's day). */
public record ScheduledSlot(PlannedSlot slot, Instant startAt) {
}
