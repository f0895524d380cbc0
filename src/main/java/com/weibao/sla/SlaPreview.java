package com.weibao.sla;

import com.weibao.contract.Category;
import com.weibao.contract.Priority;
import com.weibao.contract.SlaClock;
import com.weibao.contract.SlaKind;
import java.time.Instant;
import java.util.List;

/** The deadlines a case would get, so a hotline agent can tell a caller when to expect what. */
public record SlaPreview(String contract, Priority priority, Category category, Instant reportedAt,
                         List<Target> targets, String calendarWarning) {

    /** {@code condition} is set for a target that applies only when it happens (e.g. ONSITE_REQUIRED). */
    public record Target(String code, SlaKind kind, String description, SlaClock clock, Instant warningAt,
                         Instant dueAt, String condition) {
    }
}
