package com.weibao.intake.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Properties;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mail.MailComponent;
import org.apache.camel.component.mail.MailEndpoint;
import org.apache.camel.component.mail.MailMessage;
import org.apache.camel.support.DefaultMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * One Camel IMAP consumer per configured mailbox. Mails are fetched with peek (never marked seen by reading) and
 * handed to {@link MailIntakeService} on {@code workers} threads ({@link ParallelMailConsumer}); Camel marks a mail seen
 * (or moves it) only when that returned, i.e. after its case, note or quarantine entry was committed. A burst is
 * worked off poll after poll without waiting for the poll interval (greedy), and new mail wakes the poll up at once
 * where the server supports IMAP IDLE ({@link MailboxIdleWatcher}). An outage of the database is retried with
 * exponential back-off; if it lasts, the exchange fails and the mail, still unseen, comes again with a later poll.
 * A mailbox that cannot be reached is retried each poll, with Camel's back-off after repeated errors.
 */
@Component
@ConditionalOnProperty(name = "weibao.intake.mail.enabled", havingValue = "true", matchIfMissing = true)
class MailIntakeRoutes extends RouteBuilder {

    static final String ROUTE_PREFIX = "mail-intake-";
    private static final String RAW_MAIL = "weibaoRawMail";
    private static final String RECEIVED_AT = "weibaoReceivedAt";

    private static final Logger log = LoggerFactory.getLogger(MailIntakeRoutes.class);

    private final MailIntakeProperties properties;
    private final MailIntakeService intake;
    private final MailIntakeMonitor monitor;
    private final Clock clock;

    MailIntakeRoutes(MailIntakeProperties properties, MailIntakeService intake, MailIntakeMonitor monitor,
                     Clock clock) {
        this.properties = properties;
        this.intake = intake;
        this.monitor = monitor;
        this.clock = clock;
    }

    @Override
    public void configure() {
        onException(IntakeUnavailableException.class)
                .maximumRedeliveries(5).redeliveryDelay(500).useExponentialBackOff().backOffMultiplier(2)
                .maximumRedeliveryDelay(30_000)
                .retryAttemptedLogLevel(LoggingLevel.WARN).retriesExhaustedLogLevel(LoggingLevel.ERROR)
                .logStackTrace(false);
        for (MailIntakeProperties.Mailbox mailbox : properties.mailboxes()) {
            // Camel parses the URI into the endpoint's settings; the endpoint read from is the same with a consumer
            // that takes a poll's mails in on several workers and is woken up by IMAP IDLE
            MailEndpoint parsed = getContext().getEndpoint(uri(mailbox), MailEndpoint.class);
            ParallelMailConsumer.ParallelMailEndpoint endpoint = new ParallelMailConsumer.ParallelMailEndpoint(
                    parsed.getEndpointUri() + "&weibaoWorkers=" + properties.workers(),
                    (MailComponent) parsed.getComponent(), parsed.getConfiguration(), properties.workers(),
                    properties.idle() ? new MailboxIdleWatcher(mailbox) : null);
            endpoint.setInitialDelay(parsed.getInitialDelay());
            endpoint.setDelay(parsed.getDelay());
            endpoint.setGreedy(true);
            endpoint.setBackoffErrorThreshold(parsed.getBackoffErrorThreshold());
            endpoint.setBackoffMultiplier(parsed.getBackoffMultiplier());
            endpoint.setMaxMessagesPerPoll(parsed.getMaxMessagesPerPoll());
            Properties timeouts = new Properties();
            timeouts.setProperty("mail." + mailbox.protocol() + ".timeout", "30000");
            timeouts.setProperty("mail." + mailbox.protocol() + ".connectiontimeout", "10000");
            timeouts.setProperty("mail." + mailbox.protocol() + ".writetimeout", "30000");
            endpoint.getConfiguration().setAdditionalJavaMailProperties(timeouts);
            endpoint.setPollStrategy(monitor.pollStrategy(mailbox.name()));
            endpoint.setExceptionHandler(monitor.exceptionHandler(mailbox.name()));
            from(endpoint).routeId(ROUTE_PREFIX + mailbox.name())
                    .process(exchange -> take(mailbox, exchange));
            log.info("Mail intake reads {}://{}@{}:{}/{} every {}{}, {} workers", mailbox.protocol(),
                    mailbox.username(), mailbox.host(), mailbox.port(), mailbox.folder(), mailbox.pollInterval(),
                    properties.idle() ? " and at once on IMAP IDLE" : "", properties.workers());
        }
    }

    private void take(MailIntakeProperties.Mailbox mailbox, Exchange exchange) {
        // a redelivery (the database was out) finds the mail read already: the message is no longer the mail's
        byte[] raw = exchange.getProperty(RAW_MAIL, byte[].class);
        Instant receivedAt = exchange.getProperty(RECEIVED_AT, Instant.class);
        if (raw == null) {
            Message message = exchange.getIn(MailMessage.class).getMessage();
            // the raw bytes are all we need: a plain message spares the server another round trip for the headers,
            // which Camel's commit (and its error handler) would otherwise fetch through the IMAP envelope, which the
            // server cannot give for some mails (an address without a domain): such a mail would stay unseen for good
            exchange.setIn(new DefaultMessage(exchange));
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
                message.writeTo(out);
                raw = out.toByteArray();
            } catch (MessagingException | IOException e) {
                // the mailbox went away while reading: the mail stays unseen for the next poll
                monitor.failed(mailbox.name(), e);
                throw new MailboxReadException("cannot read a mail from " + mailbox.name() + ": " + e, e);
            }
            receivedAt = receivedDate(mailbox, message);
            exchange.setProperty(RAW_MAIL, raw);
            exchange.setProperty(RECEIVED_AT, receivedAt);
        }
        try {
            MailIntakeService.Intake result = intake.receive(mailbox.name(), raw, receivedAt);
            monitor.taken(mailbox.name(), result.result());
        } catch (IntakeUnavailableException e) {
            // the mailbox is read; what is out is the database, which its own health component reports
            monitor.troubled(mailbox.name(), e);
            throw e;
        }
    }

    /**
     * The server's received date (IMAP INTERNALDATE), else now: the server fetches it with the envelope, which it
     * cannot give for every mail; Weibao reads that mail from its raw bytes all the same.
     */
    private Instant receivedDate(MailIntakeProperties.Mailbox mailbox, Message message) {
        try {
            return message.getReceivedDate() == null ? clock.instant() : message.getReceivedDate().toInstant();
        } catch (MessagingException e) {
            log.info("Mailbox {}: the server gives no received date for mail {} ({}); it counts from now",
                    mailbox.name(), message.getMessageNumber(), e.getMessage());
            return clock.instant();
        }
    }

    private String uri(MailIntakeProperties.Mailbox m) {
        StringBuilder uri = new StringBuilder(m.protocol()).append("://").append(m.host()).append(':').append(m.port())
                .append("?username=").append(raw(m.username()))
                .append("&password=").append(raw(m.password() == null ? "" : m.password()))
                .append("&folderName=").append(raw(m.folder()))
                .append("&peek=true&unseen=true&delete=false&mapMailMessage=false")
                // with move-to, closing the folder after each poll expunges the moved mails from it
                .append("&closeFolder=").append(m.moveTo() != null)
                .append("&maxMessagesPerPoll=").append(properties.maxMessagesPerPoll())
                .append("&initialDelay=1000&delay=").append(m.pollInterval().toMillis())
                .append("&backoffErrorThreshold=3&backoffMultiplier=").append(backoffMultiplier(m))
                .append("&connectionTimeout=10000");
        if (m.moveTo() != null) {
            uri.append("&moveTo=").append(raw(m.moveTo()));
        }
        return uri.toString();
    }

    /** After three failed polls in a row, skip up to six polls (a minute at the default interval) between attempts. */
    private static int backoffMultiplier(MailIntakeProperties.Mailbox m) {
        long millis = Math.max(1, m.pollInterval().toMillis());
        return (int) Math.max(2, Math.min(6, 60_000 / millis));
    }

    private static String raw(String value) {
        return value.contains(")") ? URLEncoder.encode(value, StandardCharsets.UTF_8) : "RAW(" + value + ")";
    }

    /** Reading a mail from the server failed: no redelivery here, the next poll reconnects and reads it again. */
    static final class MailboxReadException extends RuntimeException {
        MailboxReadException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
