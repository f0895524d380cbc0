package com.weibao.intake;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.camel.Exchange;
import org.apache.camel.component.platform.http.springboot.PlatformHttpMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The door of the intake webhooks (the CTI system's events, WeChat's callbacks). A request refused before it proved
 * where it comes from (no or a bad signature, a stale or replayed one, plain text where WeChat must encrypt, an
 * unknown or switched-off source, too large) is never stored: it is counted per channel and reason and logged with
 * its metadata only (channel, address, reason, size). Each address may be refused a number of times per window;
 * past that, its requests are answered 429 with Retry-After before their body is read, counted, and not logged one
 * by one, so a flood from one address costs little and writes a bounded number of log lines.
 */
@Service
public class IntakeDoor {

    private static final Logger log = LoggerFactory.getLogger(IntakeDoor.class);
    /** The Micrometer counter of refused requests, tagged with channel and reason. */
    private static final String REFUSED = "weibao.intake.refused";
    private static final String ADDRESS = "weibao.intake.address";
    private static final String UNKNOWN_ADDRESS = "unknown";

    /** Why a request was refused at the door. */
    public enum Refusal {
        UNSIGNED, BAD_SIGNATURE, STALE_TIMESTAMP, REPLAYED, PLAINTEXT, UNKNOWN_SOURCE, CHANNEL_OFF, TOO_LARGE,
        UNSAFE_XML, MALFORMED, FAILED, THROTTLED
    }

    /** The address was refused too often in this window: answer 429 and tell it when to come back. */
    public static final class Throttled extends RuntimeException {
        private final long retryAfterSeconds;

        Throttled(String address, long retryAfterSeconds) {
            // answered many times a second in a flood: no stack trace to fill
            super(address + " was refused too often; retry after " + retryAfterSeconds + " s", null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    private final IntakeDoorProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;
    private final TimeMeter time;
    private final Cache<String, Bucket> refusalsByAddress;
    private final Bucket logLines;
    private final AtomicLong notLogged = new AtomicLong();
    private final Instant countingSince;

    IntakeDoor(IntakeDoorProperties properties, MeterRegistry meters, Clock clock) {
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
        this.time = new ClockTime(clock);
        this.refusalsByAddress = Caffeine.newBuilder().maximumSize(properties.trackedAddresses())
                .expireAfterAccess(properties.window().multipliedBy(2)).build();
        this.logLines = bucket(properties.logLinesPerWindow());
        this.countingSince = clock.instant();
    }

    /**
     * Lets the request in unless its address used up its refusals for this window; call it before reading the body.
     * Remembers the address on the exchange for {@link #refuse}.
     */
    public void admit(Exchange exchange, String channel) {
        String address = address(exchange);
        exchange.setProperty(ADDRESS, address);
        admit(address, channel);
    }

    void admit(String address, String channel) {
        Bucket refusals = refusalsByAddress.getIfPresent(address);
        if (refusals == null) {
            return;
        }
        EstimationProbe probe = refusals.estimateAbilityToConsume(1);
        if (!probe.canBeConsumed()) {
            count(channel, Refusal.THROTTLED);
            throw new Throttled(address, Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L)
                    / 1_000_000_000L));
        }
    }

    /** Counts and logs (metadata only) a request refused at the door; nothing of it is stored. */
    public void refuse(Exchange exchange, String channel, Refusal reason, long bytes, String detail) {
        refuse(exchange.getProperty(ADDRESS, UNKNOWN_ADDRESS, String.class), channel, reason,
                exchange.getIn().getHeader(Exchange.HTTP_METHOD, String.class) + " "
                        + exchange.getIn().getHeader(Exchange.HTTP_PATH, String.class), bytes, detail);
    }

    void refuse(String address, String channel, Refusal reason, String request, long bytes, String detail) {
        count(channel, reason);
        ConsumptionProbe left = refusalsByAddress.get(address, a -> bucket(properties.refusalsPerAddress()))
                .tryConsumeAndReturnRemaining(1);
        if (!left.isConsumed() || !logLines.tryConsume(1)) {
            notLogged.incrementAndGet();
            return;
        }
        long skipped = notLogged.getAndSet(0);
        log.warn("Intake {} refused {} from {}: {} ({} bytes): {}{}{}", channel, request, address, reason, bytes,
                printable(detail),
                left.getRemainingTokens() == 0 ? "; " + address + " was refused " + properties.refusalsPerAddress()
                        + " times within " + properties.window() + ", its requests are answered 429 until the window"
                        + " ends (counted, not logged)" : "",
                skipped == 0 ? "" : " [" + skipped + " refusals not logged before this one]");
    }

    /** Refused requests per channel and reason since the start, and the addresses answered 429 now. */
    public Summary summary() {
        List<Count> refused = meters.find(REFUSED).counters().stream()
                .map(c -> new Count(c.getId().getTag("channel"), Refusal.valueOf(c.getId().getTag("reason")),
                        (long) c.count()))
                .sorted(Comparator.comparing(Count::channel).thenComparing(Count::reason)).toList();
        Instant now = clock.instant();
        List<ThrottledAddress> throttled = refusalsByAddress.asMap().entrySet().stream().flatMap(e -> {
            EstimationProbe probe = e.getValue().estimateAbilityToConsume(1);
            return probe.canBeConsumed() ? Stream.empty()
                    : Stream.of(new ThrottledAddress(e.getKey(), now.plusNanos(probe.getNanosToWaitForRefill())));
        }).sorted(Comparator.comparing(ThrottledAddress::address)).toList();
        return new Summary(countingSince, refused.stream().mapToLong(Count::count).sum(), refused, throttled);
    }

    /** What {@link #summary()} tells a supervisor. */
    public record Summary(Instant countingSince, long total, List<Count> refused, List<ThrottledAddress> throttled) {
    }

    /** Requests of a channel refused for a reason. */
    public record Count(String channel, Refusal reason, long count) {
    }

    /** An address whose requests are answered 429 until {@code until}. */
    public record ThrottledAddress(String address, Instant until) {
    }

    private void count(String channel, Refusal reason) {
        Counter.builder(REFUSED).description("intake requests refused at the door").tag("channel", channel)
                .tag("reason", reason.name()).register(meters).increment();
    }

    private Bucket bucket(int perWindow) {
        return Bucket.builder().withCustomTimePrecision(time)
                .addLimit(limit -> limit.capacity(perWindow).refillIntervally(perWindow, properties.window())).build();
    }

    /** The client's address as the web server sees it (behind a proxy: set server.forward-headers-strategy). */
    private static String address(Exchange exchange) {
        PlatformHttpMessage http = exchange.getIn(PlatformHttpMessage.class);
        return http == null || http.getRequest() == null ? UNKNOWN_ADDRESS : http.getRequest().getRemoteAddr();
    }

    /** Our own messages may quote a header the sender chose: one line, short. */
    private static String printable(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replaceAll("\\p{Cntrl}", "?");
        return line.length() <= 300 ? line : line.substring(0, 300) + "…";
    }

    /** Bucket4j's time from the application's clock. */
    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
