package com.weibao.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.weibao.intake.IntakeDoor.Refusal;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The door's arithmetic on a clock the test moves: an address is refused a number of times per window, then waits
 * (Retry-After: the rest of the window), then may be refused again; other addresses are not affected; the log takes
 * a bounded number of lines whatever the number of addresses; every refusal is counted.
 */
class IntakeDoorTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-03-02T02:00:00Z"));
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final IntakeDoor door = new IntakeDoor(new IntakeDoorProperties(3, Duration.ofMinutes(1), 5, 0, null),
            meters, clock);
    private final Logger logger = (Logger) LoggerFactory.getLogger(IntakeDoor.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void captureLog() {
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(lines);
    }

    @Test
    void anAddressWaitsForTheRestOfTheWindowAfterItsRefusalsThenMayTryAgain() {
        for (int i = 0; i < 3; i++) {
            door.admit("10.0.0.1", "CTI");
            door.refuse("10.0.0.1", "CTI", Refusal.BAD_SIGNATURE, "POST /intake/cti/events", 100, "forged");
        }
        clock.move(Duration.ofSeconds(20));

        assertThatThrownBy(() -> door.admit("10.0.0.1", "CTI")).isInstanceOfSatisfying(IntakeDoor.Throttled.class,
                t -> assertThat(t.retryAfterSeconds()).isEqualTo(40));
        assertThatCode(() -> door.admit("10.0.0.2", "CTI")).as("another address").doesNotThrowAnyException();
        assertThat(door.summary().throttled()).singleElement().satisfies(t -> {
            assertThat(t.address()).isEqualTo("10.0.0.1");
            assertThat(t.until()).isEqualTo(clock.instant().plusSeconds(40));
        });

        clock.move(Duration.ofSeconds(40));
        assertThatCode(() -> door.admit("10.0.0.1", "CTI")).as("a new window").doesNotThrowAnyException();
        assertThat(door.summary().throttled()).isEmpty();
    }

    @Test
    void everyRefusalIsCountedButTheLogTakesABoundedNumberOfLines() {
        for (int i = 0; i < 100; i++) {
            String address = "10.0.1." + i;
            door.refuse(address, "WECHAT_MP", Refusal.PLAINTEXT, "POST /intake/wechat/mp", 10, "plain\ntext");
            door.refuse(address, "WECOM", Refusal.UNSIGNED, "POST /intake/wechat/wecom", 10, "unsigned");
        }
        assertThatCode(() -> door.admit("10.0.1.7", "WECOM")).as("refused twice of 3 per window")
                .doesNotThrowAnyException();

        IntakeDoor.Summary summary = door.summary();
        assertThat(summary.total()).isEqualTo(200);
        assertThat(summary.refused()).extracting(IntakeDoor.Count::channel, IntakeDoor.Count::reason,
                IntakeDoor.Count::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("WECHAT_MP", Refusal.PLAINTEXT, 100L),
                org.assertj.core.groups.Tuple.tuple("WECOM", Refusal.UNSIGNED, 100L));
        assertThat(lines.list).as("the log's allowance per window").hasSize(5)
                .allSatisfy(l -> assertThat(l.getFormattedMessage()).doesNotContain("\n"));

        clock.move(Duration.ofMinutes(1));
        door.refuse("10.0.2.1", "CTI", Refusal.UNSIGNED, "POST /intake/cti/events", 10, "unsigned");
        assertThat(lines.list).hasSize(6);
        assertThat(lines.list.get(5).getFormattedMessage()).contains("195 refusals not logged");
    }

    @Test
    void theLineOfAnAddresssLastRefusalSaysItWillWait() {
        for (int i = 0; i < 3; i++) {
            door.refuse("10.0.3.1", "CTI", Refusal.STALE_TIMESTAMP, "POST /intake/cti/events", 10, "stale");
        }
        door.refuse("10.0.3.1", "CTI", Refusal.STALE_TIMESTAMP, "POST /intake/cti/events", 10, "stale");

        assertThat(lines.list).hasSize(3);
        assertThat(lines.list.get(2).getFormattedMessage()).contains("10.0.3.1", "answered 429");
        assertThat(door.summary().total()).isEqualTo(4);
    }

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
