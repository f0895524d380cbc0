package com.weibao.quality;

import com.weibao.contract.Contract;
import com.weibao.contract.ContractFileSection;
import com.weibao.contract.ContractSection;
import com.weibao.contract.InvalidContractTerms;
import com.weibao.contract.SlaClock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;

/**
 * Reads the {@code callbacks} key of a contract in the contract file into the contract's {@link CallbackPolicy};
 * a contract without the key has no callbacks (a policy it had before is removed).
 * <pre>
 * callbacks:
 *   share: 20                                    # per cent of closed cases called back (0–100)
 *   delay: {duration: PT4H, clock: BUSINESS_HOURS, window: weekday-day}   # after closing, on the contract's clock
 *   team: callbacks                              # the Camunda group that calls (never the case's engineers)
 *   attempts: 3                                  # calls when nobody answers, default 3
 *   spacing: PT2H                                # between attempts, on the delay's clock, default PT2H
 *   noRepeatDays: 30                             # at most one callback per reporter within 30 days, default 0
 *   followUpDeadline: {duration: P2D, clock: WORKING_DAYS}  # service manager's deadline after 差 or not solved
 *   seed: 16                                     # sampling seed (reproducible), default from the contract code
 * </pre>
 */
@Component
class CallbackTerms implements ContractSection {

    static final String KEY = "callbacks";
    private static final TimeSpan DEFAULT_FOLLOW_UP = new TimeSpan("P2D", SlaClock.WORKING_DAYS, null);

    private final CallbackPolicyRepository policies;

    CallbackTerms(CallbackPolicyRepository policies) {
        this.policies = policies;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public void imported(Contract contract, ContractFileSection section) {
        if (!section.isPresent()) {
            policies.findByContractCode(contract.getCode()).ifPresent(policies::delete);
            return;
        }
        Entry entry = section.as(Entry.class);
        if (entry.share() == null || entry.share() < 0 || entry.share() > 100) {
            throw new InvalidContractTerms("/share", "the share of closed cases called back is a per cent, 0 to 100");
        }
        TimeSpan delay = span(contract, "/delay", entry.delay());
        if (entry.team() == null || entry.team().isBlank()) {
            throw new InvalidContractTerms("/team", "name the group that calls back (e.g. callbacks)");
        }
        int attempts = entry.attempts() == null ? 3 : entry.attempts();
        if (attempts < 1 || attempts > 10) {
            throw new InvalidContractTerms("/attempts", "between 1 and 10 calls");
        }
        Duration spacing = duration("/spacing", entry.spacing() == null ? "PT2H" : entry.spacing());
        int noRepeatDays = entry.noRepeatDays() == null ? 0 : entry.noRepeatDays();
        if (noRepeatDays < 0) {
            throw new InvalidContractTerms("/noRepeatDays", "a number of days, 0 or more");
        }
        TimeSpan followUp = entry.followUpDeadline() == null ? DEFAULT_FOLLOW_UP
                : span(contract, "/followUpDeadline", entry.followUpDeadline());
        CallbackPolicy policy = policies.findByContractCode(contract.getCode())
                .orElseGet(() -> new CallbackPolicy(contract.getCode()));
        policy.update(entry.share(), delay, entry.team().strip(), attempts, spacing, noRepeatDays, followUp,
                entry.seed() == null ? contract.getCode().hashCode() : entry.seed());
        policies.save(policy);
    }

    /** A span as the contract file gives it, checked against the contract's windows; shared with complaints. */
    static TimeSpan span(Contract contract, String at, TimeSpan span) {
        if (span == null || span.duration() == null) {
            throw new InvalidContractTerms(at + "/duration", "required, e.g. PT4H or P1D");
        }
        duration(at + "/duration", span.duration());
        SlaClock clock = span.clock() == null ? SlaClock.ELAPSED : span.clock();
        if (clock == SlaClock.NEXT_OPENING) {
            throw new InvalidContractTerms(at + "/clock", "ELAPSED, BUSINESS_HOURS or WORKING_DAYS");
        }
        if (clock == SlaClock.BUSINESS_HOURS && (span.window() == null
                || contract.serviceWindow(span.window()).isEmpty())) {
            throw new InvalidContractTerms(at + "/window", "BUSINESS_HOURS needs one of the contract's serviceWindows");
        }
        return new TimeSpan(span.duration(), clock, clock == SlaClock.BUSINESS_HOURS ? span.window() : null);
    }

    private static Duration duration(String at, String text) {
        try {
            Duration value = Duration.parse(text);
            if (value.isNegative()) {
                throw new InvalidContractTerms(at, "must not be negative");
            }
            return value;
        } catch (DateTimeParseException e) {
            throw new InvalidContractTerms(at, "'" + text + "' is not a duration such as PT2H or P1D");
        }
    }

    record Entry(Integer share, TimeSpan delay, String team, Integer attempts, String spacing, Integer noRepeatDays,
                 TimeSpan followUpDeadline, Long seed) {
    }
}
