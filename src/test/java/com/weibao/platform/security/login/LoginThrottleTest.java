package com.weibao.platform.security.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.weibao.platform.security.login.LoginLock.Kind;
import com.weibao.platform.security.login.LoginThrottleProperties.Limit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The login throttle with its clock moved by the test: attacks of minutes and locks of hours take no time. */
class LoginThrottleTest {

    private static final String PASSWORD = "right";
    private static final String ATTACKER = "203.0.113.66";
    private static final String USERS_DESK = "10.1.2.3";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T01:00:00Z"));
    private final List<Object> events = new ArrayList<>();
    /** The application's defaults (application.yml). */
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(
            new Limit(5, Duration.ofMinutes(15), Duration.ofMinutes(15)),
            new Limit(30, Duration.ofMinutes(15), Duration.ofMinutes(15)),
            new Limit(20, Duration.ofMinutes(15), Duration.ofMinutes(15)),
            Duration.ofDays(30)), clock, events::add);
    /** How often the password was really compared (Camunda's check). */
    private final AtomicInteger passwordChecks = new AtomicInteger();
    private ExecutorService pool;

    @AfterEach
    void stopPool() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /**
     * The reported attack: one wrong password a second against engineer2 for six minutes. Five guesses reach the
     * password check, the rest are refused for 15 minutes; engineer2 logs in from their own desk meanwhile, and
     * the lock ends on its own.
     */
    @Test
    void sixMinutesOfGuessingLockOnlyTheAttackersAddressAndOnlyForAWhile() {
        Instant start = clock.instant();
        int refused = 0;
        for (int second = 0; second < 360; second++) {
            if (throttle.refusal("engineer2", ATTACKER).isPresent()) {
                refused++;
            } else {
                assertThat(login("engineer2", "guess-" + second, ATTACKER)).isFalse();
            }
            if (second == 180) {
                assertThat(throttle.refusal("engineer2", USERS_DESK)).isEmpty();
                assertThat(login("engineer2", PASSWORD, USERS_DESK)).isTrue();
            }
            clock.move(Duration.ofSeconds(1));
        }

        assertThat(refused).isEqualTo(355);
        assertThat(passwordChecks).hasValue(5 + 1);
        assertThat(throttle.refusal("engineer2", ATTACKER)).hasValueSatisfying(wait ->
                assertThat(wait).isEqualTo(Duration.between(clock.instant(), start.plusSeconds(4 + 15 * 60))));
        assertThat(throttle.locks()).filteredOn(lock -> lock.lockedUntil() != null).singleElement().satisfies(lock -> {
            assertThat(lock.kind()).isEqualTo(Kind.USER_AND_ADDRESS);
            assertThat(lock.user()).isEqualTo("engineer2");
            assertThat(lock.address()).isEqualTo(ATTACKER);
            assertThat(lock.failures()).isEqualTo(5);
        });

        clock.move(Duration.ofMinutes(15).minusSeconds(360 - 4));
        assertThat(throttle.refusal("engineer2", ATTACKER)).isEmpty();
        assertThat(throttle.locks()).isEmpty();
        assertThat(login("engineer2", PASSWORD, ATTACKER)).isTrue();
    }

    @Test
    void failuresOutsideTheWindowDoNotAddUpAndASuccessClearsTheCount() {
        for (int i = 0; i < 4; i++) {
            login("lead", "typo", USERS_DESK);
        }
        clock.move(Duration.ofMinutes(16));
        for (int i = 0; i < 4; i++) {
            login("lead", "typo", USERS_DESK);
        }
        assertThat(throttle.refusal("lead", USERS_DESK)).isEmpty();
        assertThat(login("lead", PASSWORD, USERS_DESK)).isTrue();
        login("lead", "typo", USERS_DESK);
        assertThat(throttle.refusal("lead", USERS_DESK)).isEmpty();
        assertThat(throttle.locks()).filteredOn(l -> l.kind() == Kind.USER_AND_ADDRESS)
                .singleElement().extracting(LoginLock::failures).isEqualTo(1);
    }

    /** One address trying one password on many users is locked for everybody, other addresses are not. */
    @Test
    void anAddressSprayingManyUsersIsLocked() {
        for (int i = 0; i < 30; i++) {
            assertThat(throttle.refusal("user" + i, ATTACKER)).isEmpty();
            login("user" + i, "Winter2026!", ATTACKER);
        }
        assertThat(throttle.refusal("agent", ATTACKER)).isPresent();
        assertThat(throttle.refusal("agent", USERS_DESK)).isEmpty();
        assertThat(throttle.locks()).first().satisfies(lock -> {
            assertThat(lock.kind()).isEqualTo(Kind.ADDRESS);
            assertThat(lock.address()).isEqualTo(ATTACKER);
            assertThat(lock.lockedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
        });
    }

    /**
     * A distributed attack, one guess from each of many addresses, locks the user on addresses it has not logged in
     * from; at their own desk the user still gets in.
     */
    @Test
    void aDistributedAttackLocksTheUserOnlyWhereTheUserHasNotLoggedInBefore() {
        assertThat(login("engineer2", PASSWORD, USERS_DESK)).isTrue();
        clock.move(Duration.ofDays(3));
        for (int i = 0; i < 20; i++) {
            login("engineer2", "guess-" + i, "198.51.100." + i);
        }

        assertThat(throttle.refusal("engineer2", "198.51.100.200")).hasValue(Duration.ofMinutes(15));
        assertThat(throttle.refusal("engineer2", USERS_DESK)).isEmpty();
        assertThat(login("engineer2", PASSWORD, USERS_DESK)).isTrue();
        assertThat(throttle.refusal("agent", "198.51.100.200")).isEmpty();

        clock.move(Duration.ofMinutes(15));
        assertThat(throttle.refusal("engineer2", "198.51.100.200")).isEmpty();
    }

    @Test
    void anAddressIsFamiliarForThirtyDaysAfterTheLastSuccess() {
        login("engineer2", PASSWORD, USERS_DESK);
        clock.move(Duration.ofDays(31));
        for (int i = 0; i < 20; i++) {
            login("engineer2", "guess-" + i, "198.51.100." + i);
        }
        assertThat(throttle.refusal("engineer2", USERS_DESK)).isPresent();
    }

    /** Guesses sent all at once: the check and the count are one step per user, so five at most are compared. */
    @Test
    void parallelGuessesCannotSlipPastTheLock() throws Exception {
        pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        for (int i = 0; i < 64; i++) {
            int guess = i;
            pool.submit(() -> {
                go.await();
                // the door looked before the lock: every request reaches the check
                return login("engineer2", "guess-" + guess, ATTACKER);
            });
        }
        go.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(passwordChecks).hasValue(5);
        assertThat(throttle.refusal("engineer2", ATTACKER)).isPresent();
    }

    @Test
    void upperCaseAndOverlongUserNamesCountForTheSameUser() {
        for (String variant : List.of("engineer2", "Engineer2", "ENGINEER2", "engineer2\n", "eNgineer2")) {
            login(variant, "guess", ATTACKER);
        }
        assertThat(throttle.refusal("engineer2", ATTACKER)).isPresent();
        assertThat(LoginThrottle.normalize("x".repeat(10_000))).hasSize(64);
    }

    @Test
    void anAdministratorLiftsAUsersLocksOrAnAddresss() {
        for (int i = 0; i < 5; i++) {
            login("engineer2", "guess", ATTACKER);
            login("engineer1", "guess", ATTACKER);
        }
        assertThat(throttle.locks()).filteredOn(l -> l.lockedUntil() != null).hasSize(2);

        List<LoginLock> lifted = throttle.lift("engineer2", null, "admin");
        assertThat(lifted).extracting(LoginLock::kind, LoginLock::user)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Kind.USER_AND_ADDRESS, "engineer2"),
                        org.assertj.core.groups.Tuple.tuple(Kind.USER, "engineer2"));
        assertThat(throttle.refusal("engineer2", ATTACKER)).isEmpty();
        assertThat(throttle.refusal("engineer1", ATTACKER)).isPresent();
        assertThat(events).last().isInstanceOfSatisfying(LoginLocksLifted.class, e -> {
            assertThat(e.liftedBy()).isEqualTo("admin");
            assertThat(e.lifted()).hasSize(2);
        });

        throttle.lift(null, ATTACKER, "admin");
        assertThat(throttle.refusal("engineer1", ATTACKER)).isEmpty();
        assertThat(throttle.locks()).filteredOn(l -> ATTACKER.equals(l.address())).isEmpty();
    }

    /** For the audit trail: each check's outcome and each lock, published once the request is done. */
    @Test
    void eachCheckAndEachLockIsPublishedAfterTheRequest() {
        for (int i = 0; i < 5; i++) {
            login("engineer2", "guess", ATTACKER);
        }
        login("engineer2", PASSWORD, USERS_DESK);

        assertThat(events).hasSize(7).allMatch(LoginEvent.class::isInstance);
        assertThat(events).extracting(e -> ((LoginEvent) e).outcome()).containsExactly(
                LoginEvent.Outcome.FAILED, LoginEvent.Outcome.FAILED, LoginEvent.Outcome.FAILED,
                LoginEvent.Outcome.FAILED, LoginEvent.Outcome.FAILED, LoginEvent.Outcome.LOCKED,
                LoginEvent.Outcome.SUCCEEDED);
        LoginEvent locked = (LoginEvent) events.get(5);
        assertThat(locked.userId()).isEqualTo("engineer2");
        assertThat(locked.address()).isEqualTo(ATTACKER);
        assertThat(locked.surface()).isEqualTo(LoginSurface.API);
        assertThat(locked.lock().kind()).isEqualTo(Kind.USER_AND_ADDRESS);
        assertThat(locked.lock().lockedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
    }

    @Test
    void checksOutsideALoginRequestAreNotThrottled() {
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.check("engineer2", () -> false)).isFalse();
        }
        assertThat(throttle.locks()).isEmpty();
        assertThat(events).isEmpty();
    }

    /** A login over HTTP as the door sees it: the request's origin bound while Camunda checks the password. */
    private boolean login(String user, String password, String address) {
        try (LoginThrottle.Attempt attempt = throttle.attempt(address, LoginSurface.API)) {
            return throttle.check(user, () -> {
                passwordChecks.incrementAndGet();
                return PASSWORD.equals(password);
            });
        }
    }

    private static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
