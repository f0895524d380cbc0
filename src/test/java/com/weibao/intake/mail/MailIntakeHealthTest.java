package com.weibao.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.FolderClosedException;
import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.angus.mail.iap.ConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

/**
 * The mail intake's health: DOWN (HTTP 503 by management.endpoint.health.status.http-mapping) only when a mailbox
 * truly cannot be read for longer than down-after; one mail's trouble or a database outage leaves it UP.
 */
class MailIntakeHealthTest {

    private final MutableClock clock = new MutableClock(Instant.now());
    private final MailIntakeMonitor monitor = new MailIntakeMonitor(clock);
    private final MailIntakeProperties properties = properties();
    private final MailIntakeHealthIndicator health = new MailIntakeHealthIndicator(monitor, properties, clock);

    @Test
    void aMailboxThatCannotBeReadForLongerThanDownAfterIsDown() {
        monitor.failed("helpdesk", new MessagingException("Couldn't connect", new ConnectException()));
        assertThat(health.health().getStatus()).as("a blip").isEqualTo(Status.UP);
        clock.advance(properties.downAfter().plusSeconds(1));
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void oneMailsTroubleOrADatabaseOutageLeavesTheMailboxUp() {
        monitor.exceptionHandler("helpdesk").handleException("Error committing",
                new MessagingException("Failed to load IMAP envelope"));
        monitor.troubled("helpdesk", new IntakeUnavailableException("mail intake unavailable: database", null));
        clock.advance(properties.downAfter().multipliedBy(3));
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails().toString()).contains("database");
        assertThat(MailIntakeMonitor.cannotReadTheMailbox(new MessagingException("closed",
                new FolderClosedException(null)))).isTrue();
        assertThat(MailIntakeMonitor.cannotReadTheMailbox(new MessagingException("x", new ConnectException())))
                .isTrue();
        assertThat(MailIntakeMonitor.cannotReadTheMailbox(new ConnectionException("gone"))).isFalse();
    }

    private static MailIntakeProperties properties() {
        return new MailIntakeProperties(true, null, 100, 1, false, 10, null, Duration.ofMinutes(2),
                List.of(new MailIntakeProperties.Mailbox("helpdesk", "imap", "localhost", 3143, "helpdesk", "x",
                        "INBOX", Duration.ofSeconds(5), null, "helpdesk@weibao.local")), null);
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
