package com.weibao.quality;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Whether a closed case is called back, and why not. */
public enum CallbackDecision {
    SELECTED("抽中回访"),
    NOT_SAMPLED("未抽中"),
    RECENTLY_CALLED("报修人近期已回访"),
    CANCELLED_DUPLICATE("重复报修已作废"),
    NO_POLICY("合同未约定回访");

    private final String label;

    CallbackDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The decision for a case closed at {@code closedAt}: none for a cancelled duplicate or a contract without a
     * policy; none when the reporter had a callback selected within the no-repeat window; else the seeded draw.
     */
    static CallbackDecision decide(CallbackPolicy policy, boolean duplicate, String caseNumber, Instant closedAt,
                                   Optional<Instant> reporterLastSelected) {
        if (duplicate) {
            return CANCELLED_DUPLICATE;
        }
        if (policy == null) {
            return NO_POLICY;
        }
        if (policy.getNoRepeatDays() > 0 && reporterLastSelected
                .filter(last -> last.isAfter(closedAt.minus(Duration.ofDays(policy.getNoRepeatDays())))).isPresent()) {
            return RECENTLY_CALLED;
        }
        return CallbackSampling.sampled(policy.getSeed(), caseNumber, policy.getSharePercent()) ? SELECTED : NOT_SAMPLED;
    }
}
