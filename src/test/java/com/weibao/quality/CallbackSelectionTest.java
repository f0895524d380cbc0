package com.weibao.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.weibao.contract.SlaClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The seeded sampling and the no-repeat window, over many closed cases. */
class CallbackSelectionTest {

    private static final Instant START = Instant.parse("2026-01-05T02:00:00Z");

    static CallbackPolicy policy(int share, int noRepeatDays, long seed) {
        CallbackPolicy policy = new CallbackPolicy("e-invoice");
        policy.update(share, new TimeSpan("PT4H", SlaClock.BUSINESS_HOURS, "weekday-day"), "callbacks", 3,
                Duration.ofHours(2), noRepeatDays, new TimeSpan("P2D", SlaClock.WORKING_DAYS, null), seed);
        return policy;
    }

    @Test
    void twentyPerCentOfAThousandClosedCasesAreSelected_withinTolerance_andReproducibly() {
        CallbackPolicy policy = policy(20, 0, 16);
        int selected = 0;
        int again = 0;
        for (int i = 1; i <= 1000; i++) {
            String number = "C2026-%06d".formatted(i);
            CallbackDecision decision = CallbackDecision.decide(policy, false, number, START, Optional.empty());
            if (decision == CallbackDecision.SELECTED) {
                selected++;
            }
            if (CallbackDecision.decide(policy, false, number, START.plusSeconds(i), Optional.empty()) == decision) {
                again++;
            }
        }
        // binomial(1000, 0.2): standard deviation 12.6; ±4 σ
        assertThat(selected).isBetween(150, 250);
        assertThat(again).as("the same case under the same seed is drawn the same way").isEqualTo(1000);

        int withOtherSeed = 0;
        int differing = 0;
        CallbackPolicy other = policy(20, 0, 17);
        for (int i = 1; i <= 1000; i++) {
            String number = "C2026-%06d".formatted(i);
            boolean a = CallbackDecision.decide(policy, false, number, START, Optional.empty()) == CallbackDecision.SELECTED;
            boolean b = CallbackDecision.decide(other, false, number, START, Optional.empty()) == CallbackDecision.SELECTED;
            withOtherSeed += b ? 1 : 0;
            differing += a != b ? 1 : 0;
        }
        assertThat(withOtherSeed).isBetween(150, 250);
        assertThat(differing).as("another seed draws other cases").isGreaterThan(100);
    }

    @Test
    void everyClosedCaseAtAHundredPerCent_noneAtZero() {
        for (int i = 1; i <= 1000; i++) {
            String number = "ZJ-%06d".formatted(i);
            assertThat(CallbackDecision.decide(policy(100, 0, 1), false, number, START, Optional.empty()))
                    .isEqualTo(CallbackDecision.SELECTED);
            assertThat(CallbackDecision.decide(policy(0, 0, 1), false, number, START, Optional.empty()))
                    .isEqualTo(CallbackDecision.NOT_SAMPLED);
        }
    }

    @Test
    void aReporterIsCalledBackAtMostOnceWithinTheWindow() {
        CallbackPolicy policy = policy(100, 30, 16);
        Map<String, Instant> lastSelected = new HashMap<>();
        Map<String, Integer> selectedPerReporter = new HashMap<>();
        int recentlyCalled = 0;
        // 1,000 closed cases over 100 days from 20 reporters: each reporter closes a case every 2 days
        for (int i = 0; i < 1000; i++) {
            String reporter = "tel:1380000" + (i % 20);
            Instant closedAt = START.plus(Duration.ofMinutes(144L * i));
            CallbackDecision decision = CallbackDecision.decide(policy, false, "C-" + i, closedAt,
                    Optional.ofNullable(lastSelected.get(reporter)));
            if (decision == CallbackDecision.SELECTED) {
                Instant previous = lastSelected.put(reporter, closedAt);
                assertThat(previous == null || Duration.between(previous, closedAt).toDays() >= 30)
                        .as("reporter %s called back again after %s", reporter, previous).isTrue();
                selectedPerReporter.merge(reporter, 1, Integer::sum);
            } else {
                assertThat(decision).isEqualTo(CallbackDecision.RECENTLY_CALLED);
                recentlyCalled++;
            }
        }
        // 100 days, one callback per 30 days: 4 per reporter (days 0, 30, 60, 90)
        assertThat(selectedPerReporter).hasSize(20).allSatisfy((reporter, count) -> assertThat(count).isEqualTo(4));
        assertThat(recentlyCalled).isEqualTo(1000 - 80);
    }

    @Test
    void noCallbackForACancelledDuplicateOrAContractWithoutPolicy() {
        assertThat(CallbackDecision.decide(policy(100, 0, 1), true, "C-1", START, Optional.empty()))
                .isEqualTo(CallbackDecision.CANCELLED_DUPLICATE);
        assertThat(CallbackDecision.decide(null, false, "C-1", START, Optional.empty()))
                .isEqualTo(CallbackDecision.NO_POLICY);
    }
}
