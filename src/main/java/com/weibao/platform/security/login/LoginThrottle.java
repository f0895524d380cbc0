package com.weibao.platform.security.login;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.weibao.platform.engine.PasswordCheckGuard;
import com.weibao.platform.security.login.LoginLock.Kind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Failed logins, whatever the door: counted per user and client address, per address and per user, each within a
 * window; too many lock that key for a while, and the lock expires on its own (weibao.security.login).
 *
 * <ul>
 *   <li>An attacker guessing one user's password from one address locks that user on that address only: the user
 *   logs in from their own address meanwhile.</li>
 *   <li>An address that fails for many users (spraying one password over many users) is locked for everybody.</li>
 *   <li>A distributed attack on one user (one or two guesses from each of many addresses) locks the user, but only
 *   on addresses the user has not logged in from successfully within familiar-for: at their usual workstation the
 *   user still gets in, a new address waits for the lock to expire or an administrator.</li>
 * </ul>
 *
 * The check of the password and the counting happen in one step per user ({@link #check}), so parallel guesses
 * cannot slip past a lock. State is in memory (Caffeine, bounded), per node: a restart forgets it.
 */
@Component
public class LoginThrottle implements PasswordCheckGuard {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    /** Camunda's user ids have at most 64 characters; anything longer cannot log in, so keys stay small. */
    private static final int MAX_USER_ID = 64;
    private static final int MAX_ENTRIES = 100_000;

    private final LoginThrottleProperties limits;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Map<Kind, Cache<Key, Failures>> failures = new EnumMap<>(Kind.class);
    /** A user's addresses with a successful login, and when. */
    private final Cache<Key, Instant> familiar;
    private final ThreadLocal<Attempt> current = new ThreadLocal<>();
    private final Object[] userStripes = new Object[64];

    public LoginThrottle(LoginThrottleProperties limits, Clock clock, ApplicationEventPublisher events) {
        this.limits = limits;
        this.clock = clock;
        this.events = events;
        Ticker ticker = () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
        for (Kind kind : Kind.values()) {
            failures.put(kind, Caffeine.newBuilder().ticker(ticker).expireAfterWrite(limit(kind).kept())
                    .maximumSize(MAX_ENTRIES).build());
        }
        familiar = Caffeine.newBuilder().ticker(ticker).expireAfterWrite(limits.familiarFor())
                .maximumSize(MAX_ENTRIES).build();
        for (int i = 0; i < userStripes.length; i++) {
            userStripes[i] = new Object();
        }
    }

    /** How long this user must wait before trying from this address again, if a lock holds them off now. */
    public Optional<Duration> refusal(String userId, String address) {
        return refusal(normalize(userId), address, clock.instant());
    }

    /**
     * Binds a login request's origin to this thread until closed: the password check it leads to finds it there.
     * Closing publishes the {@link LoginEvent}s of the checks, outside the engine's transaction.
     */
    public Attempt attempt(String address, LoginSurface surface) {
        Attempt attempt = new Attempt(address, surface);
        current.set(attempt);
        return attempt;
    }

    @Override
    public boolean check(String userId, BooleanSupplier passwordMatches) {
        Attempt attempt = current.get();
        if (attempt == null) {
            // the application's own checks, not a login over HTTP
            return passwordMatches.getAsBoolean();
        }
        String user = normalize(userId);
        synchronized (userStripes[Math.floorMod(user.hashCode(), userStripes.length)]) {
            Instant now = clock.instant();
            if (refusal(user, attempt.address, now).isPresent()) {
                // a parallel guess locked it between the door's look and this check
                log.info("Login refused, locked: user={} address={} surface={}", user, attempt.address,
                        attempt.surface);
                return false;
            }
            boolean matches = passwordMatches.getAsBoolean();
            if (matches) {
                succeeded(user, attempt, now);
            } else {
                failed(user, attempt, now);
            }
            return matches;
        }
    }

    @Override
    public void unlocked(String userId, String byUserId) {
        lift(userId, null, byUserId);
    }

    /** Every key with failures counted now, locked ones first. */
    public List<LoginLock> locks() {
        Instant now = clock.instant();
        return failures.entrySet().stream()
                .flatMap(kind -> kind.getValue().asMap().entrySet().stream()
                        .filter(e -> e.getValue().counts(now, limit(kind.getKey())))
                        .map(e -> e.getValue().view(kind.getKey(), e.getKey(), now)))
                .sorted(Comparator.comparing((LoginLock l) -> l.lockedUntil() == null)
                        .thenComparing(LoginLock::kind).thenComparing(l -> Objects.toString(l.user(), ""))
                        .thenComparing(l -> Objects.toString(l.address(), "")))
                .toList();
    }

    /**
     * Lifts what keeps a user (from an address) out: with a user, that user's locks on every address and their
     * own; with an address, that address's locks; with both, the user's lock on that address, the user's own and
     * the address's.
     */
    public List<LoginLock> lift(String userId, String address, String byUserId) {
        String user = userId == null ? null : normalize(userId);
        Instant now = clock.instant();
        List<LoginLock> lifted = new ArrayList<>();
        failures.forEach((kind, cache) -> cache.asMap().entrySet().removeIf(e -> {
            boolean concerns = e.getKey().concerns(kind, user, address);
            if (concerns) {
                lifted.add(e.getValue().view(kind, e.getKey(), now));
            }
            return concerns;
        }));
        if (!lifted.isEmpty()) {
            log.info("Login locks lifted by {}: user={} address={} ({} keys)", byUserId, user, address,
                    lifted.size());
            events.publishEvent(new LoginLocksLifted(now, byUserId, user, address, List.copyOf(lifted)));
        }
        return lifted;
    }

    private Optional<Duration> refusal(String user, String address, Instant now) {
        Stream<Key> keys = familiar.getIfPresent(new Key(user, address)) != null
                ? Stream.of(new Key(user, address), new Key(null, address))
                : Stream.of(new Key(user, address), new Key(null, address), new Key(user, null));
        return keys.map(key -> failures.get(key.kind()).getIfPresent(key))
                .filter(f -> f != null && f.locked(now))
                .map(f -> Duration.between(now, f.lockedUntil()))
                .max(Comparator.naturalOrder());
    }

    private void succeeded(String user, Attempt attempt, Instant now) {
        Key key = new Key(user, attempt.address);
        failures.get(Kind.USER_AND_ADDRESS).invalidate(key);
        familiar.put(key, now);
        log.debug("Login: user={} address={} surface={}", user, attempt.address, attempt.surface);
        attempt.events.add(new LoginEvent(now, user, attempt.address, attempt.surface,
                LoginEvent.Outcome.SUCCEEDED, null));
    }

    /** Counts the failure against each key; the one that crosses its limit locks. */
    private void failed(String user, Attempt attempt, Instant now) {
        log.info("Login failed: user={} address={} surface={}", user, attempt.address, attempt.surface);
        attempt.events.add(new LoginEvent(now, user, attempt.address, attempt.surface, LoginEvent.Outcome.FAILED,
                null));
        for (Key key : List.of(new Key(user, attempt.address), new Key(null, attempt.address), new Key(user, null))) {
            Kind kind = key.kind();
            Failures[] before = new Failures[1];
            Failures counted = failures.get(kind).asMap().compute(key, (k, previous) -> {
                before[0] = previous == null ? Failures.NONE : previous;
                return before[0].failed(now, limit(kind));
            });
            if (counted.locked(now) && !before[0].locked(now)) {
                LoginLock lock = counted.view(kind, key, now);
                log.warn("Login locked: {} user={} address={} until {} after {} failures", kind, lock.user(),
                        lock.address(), lock.lockedUntil(), lock.failures());
                attempt.events.add(new LoginEvent(now, user, attempt.address, attempt.surface,
                        LoginEvent.Outcome.LOCKED, lock));
            }
        }
    }

    private LoginThrottleProperties.Limit limit(Kind kind) {
        return switch (kind) {
            case USER_AND_ADDRESS -> limits.userAndAddress();
            case ADDRESS -> limits.address();
            case USER -> limits.user();
        };
    }

    /** Case-insensitive (MySQL finds "Agent" as "agent"), without control characters, at most 64 characters. */
    static String normalize(String userId) {
        String clean = userId.replaceAll("\\p{Cntrl}", "").toLowerCase(Locale.ROOT);
        return clean.length() > MAX_USER_ID ? clean.substring(0, MAX_USER_ID) : clean;
    }

    /** A login request's origin while its password is checked; closing publishes the outcomes. */
    public final class Attempt implements AutoCloseable {

        private final String address;
        private final LoginSurface surface;
        private final List<LoginEvent> events = new ArrayList<>();

        private Attempt(String address, LoginSurface surface) {
            this.address = address;
            this.surface = surface;
        }

        @Override
        public void close() {
            current.remove();
            events.forEach(LoginThrottle.this.events::publishEvent);
        }
    }

    /** A user from an address, an address (no user) or a user (no address). */
    private record Key(String user, String address) {

        Kind kind() {
            return user == null ? Kind.ADDRESS : address == null ? Kind.USER : Kind.USER_AND_ADDRESS;
        }

        boolean concerns(Kind kind, String liftUser, String liftAddress) {
            return switch (kind) {
                case USER_AND_ADDRESS -> (liftUser != null || liftAddress != null)
                        && (liftUser == null || liftUser.equals(user))
                        && (liftAddress == null || liftAddress.equals(address));
                case ADDRESS -> liftAddress != null && liftAddress.equals(address);
                case USER -> liftUser != null && liftUser.equals(user);
            };
        }
    }

    /** Failures within the window that started with the first of them; a lock ends the window. */
    private record Failures(int count, Instant windowStart, Instant lockedUntil) {

        static final Failures NONE = new Failures(0, null, null);

        /** The failures after one more; a lock runs its time, whatever fails meanwhile where it does not hold. */
        Failures failed(Instant now, LoginThrottleProperties.Limit limit) {
            if (locked(now)) {
                return this;
            }
            boolean freshWindow = windowStart == null || lockedUntil != null
                    || !now.isBefore(windowStart.plus(limit.window()));
            int n = freshWindow ? 1 : count + 1;
            Instant start = freshWindow ? now : windowStart;
            return new Failures(n, start, n >= limit.maxFailures() ? now.plus(limit.lock()) : null);
        }

        boolean locked(Instant now) {
            return lockedUntil != null && now.isBefore(lockedUntil);
        }

        boolean counts(Instant now, LoginThrottleProperties.Limit limit) {
            return locked(now) || (lockedUntil == null && now.isBefore(windowStart.plus(limit.window())));
        }

        LoginLock view(Kind kind, Key key, Instant now) {
            return new LoginLock(kind, key.user(), key.address(), count, locked(now) ? lockedUntil : null);
        }
    }
}
