package com.weibao.intake.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How each mailbox is doing: the last successful poll, consecutive failures (the mail server or the database out),
 * the last error, and counts of what became of the mails. Fed by the Camel consumer (poll strategy, exception
 * handler) and the intake; read by the health indicator.
 */
@Component
class MailIntakeMonitor {

    private static final Logger log = LoggerFactory.getLogger(MailIntakeMonitor.class);

    private final Map<String, MailboxState> mailboxes = new ConcurrentHashMap<>();
    private final Clock clock;

    MailIntakeMonitor(Clock clock) {
        this.clock = clock;
    }

    static final class MailboxState {
        volatile Instant lastSuccessfulPoll;
        volatile Instant failingSince;
        volatile int consecutiveFailures;
        volatile String lastError;
        volatile Instant lastErrorAt;
        volatile boolean failedInPoll;
        final Map<MailIntakeService.Result, AtomicLong> results = new ConcurrentHashMap<>();
    }

    MailboxState state(String mailbox) {
        return mailboxes.computeIfAbsent(mailbox, m -> new MailboxState());
    }

    Map<String, MailboxState> all() {
        return mailboxes;
    }

    void taken(String mailbox, MailIntakeService.Result result) {
        state(mailbox).results.computeIfAbsent(result, r -> new AtomicLong()).incrementAndGet();
    }

    /**
     * Something went wrong that is not the mailbox (the database out while taking a mail in, one mail's flag not
     * set): shown as the last error, but the mailbox is read, so health stays UP for it.
     */
    void troubled(String mailbox, Throwable error) {
        MailboxState state = state(mailbox);
        state.lastError = error.getClass().getSimpleName() + ": " + error.getMessage();
        state.lastErrorAt = clock.instant();
    }

    /** The mailbox cannot be read (server unreachable, login refused, folder gone): counts towards DOWN. */
    void failed(String mailbox, Throwable error) {
        MailboxState state = state(mailbox);
        Instant now = clock.instant();
        state.failedInPoll = true;
        if (state.consecutiveFailures == 0) {
            state.failingSince = now;
        }
        state.consecutiveFailures++;
        state.lastError = error.getClass().getSimpleName() + ": " + error.getMessage();
        state.lastErrorAt = now;
    }

    private void polled(String mailbox) {
        MailboxState state = state(mailbox);
        if (!state.failedInPoll) {
            state.lastSuccessfulPoll = clock.instant();
            state.consecutiveFailures = 0;
            state.failingSince = null;
        }
    }

    /** Sees every poll of the mailbox's consumer: a poll that threw (mail server unreachable) is a failure. */
    PollingConsumerPollStrategy pollStrategy(String mailbox) {
        state(mailbox);
        return new PollingConsumerPollStrategy() {
            @Override
            public boolean begin(Consumer consumer, Endpoint endpoint) {
                state(mailbox).failedInPoll = false;
                return true;
            }

            @Override
            public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
                polled(mailbox);
            }

            @Override
            public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
                failed(mailbox, cause);
                log.warn("Mailbox {}: poll failed ({} in a row): {}", mailbox, state(mailbox).consecutiveFailures,
                        cause.toString());
                return false;
            }
        };
    }

    /** Whether an error means the mailbox cannot be read, rather than one mail or the database being in trouble. */
    static boolean cannotReadTheMailbox(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof jakarta.mail.FolderClosedException || e instanceof jakarta.mail.StoreClosedException
                    || e instanceof jakarta.mail.AuthenticationFailedException
                    || e instanceof jakarta.mail.FolderNotFoundException || e instanceof java.io.IOException
                    || e instanceof org.eclipse.angus.mail.util.MailConnectException) {
                return true;
            }
        }
        return false;
    }

    /** Errors the consumer handles inside a poll (folder closed, marking a mail seen failed). */
    ExceptionHandler exceptionHandler(String mailbox) {
        return new ExceptionHandler() {
            @Override
            public void handleException(Throwable exception) {
                handleException(null, null, exception);
            }

            @Override
            public void handleException(String message, Throwable exception) {
                handleException(message, null, exception);
            }

            @Override
            public void handleException(String message, Exchange exchange, Throwable exception) {
                if (cannotReadTheMailbox(exception)) {
                    failed(mailbox, exception);
                } else {
                    troubled(mailbox, exception);
                }
                log.warn("Mailbox {}: {}{}", mailbox, message == null ? "" : message + ": ", exception.toString());
            }
        };
    }
}
