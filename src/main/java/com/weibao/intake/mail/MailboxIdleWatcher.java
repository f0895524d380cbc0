package com.weibao.intake.mail;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for new mail in one mailbox with IMAP IDLE (RFC 2177) on a connection of its own and calls the poll at once
 * when the server announces one, so a mail becomes a case within a second instead of at the next poll. Where the
 * server does not offer IDLE, or the connection breaks, polling every poll interval goes on as before (the watcher
 * retries after a while); the watcher only ever says "look now", it never reads or marks a mail itself. The IDLE
 * command is renewed every {@link #RENEW} (servers end it after 30 minutes, RFC 2177).
 */
final class MailboxIdleWatcher {

    private static final Logger log = LoggerFactory.getLogger(MailboxIdleWatcher.class);
    static final Duration RENEW = Duration.ofMinutes(9);
    private static final Duration RETRY = Duration.ofSeconds(30);

    private final MailIntakeProperties.Mailbox mailbox;
    private volatile Thread thread;
    private volatile Store store;
    private volatile boolean running;
    private volatile ScheduledExecutorService renewer;

    MailboxIdleWatcher(MailIntakeProperties.Mailbox mailbox) {
        this.mailbox = mailbox;
    }

    synchronized void start(Runnable newMail) {
        if (thread != null) {
            return;
        }
        running = true;
        renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread renewal = new Thread(r, "MailIdleRenewal-" + mailbox.name());
            renewal.setDaemon(true);
            return renewal;
        });
        Thread t = new Thread(() -> watch(newMail), "MailIdle-" + mailbox.name());
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    synchronized void stop() {
        running = false;
        Thread t = thread;
        thread = null;
        if (renewer != null) {
            renewer.shutdownNow();
        }
        closeStore();
        if (t != null) {
            t.interrupt();
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void watch(Runnable newMail) {
        boolean reported = false;
        while (running) {
            try {
                IMAPFolder folder = open();
                if (folder == null) {
                    log.info("Mailbox {}: the server does not offer IMAP IDLE; new mail is noticed by polling every {}",
                            mailbox.name(), mailbox.pollInterval());
                    return;
                }
                folder.addMessageCountListener(new MessageCountAdapter() {
                    @Override
                    public void messagesAdded(MessageCountEvent e) {
                        newMail.run();
                    }
                });
                if (!reported) {
                    log.info("Mailbox {}: waiting for new mail with IMAP IDLE", mailbox.name());
                }
                reported = true;
                // anything that arrived while the watcher was (re)connecting
                newMail.run();
                ScheduledFuture<?> renewal = renewer.scheduleAtFixedRate(() -> renew(folder), RENEW.toMillis(),
                        RENEW.toMillis(), TimeUnit.MILLISECONDS);
                try {
                    while (running && folder.isOpen()) {
                        // returns on a notification (the listener has been told by then) or when the renewal ends it
                        folder.idle(true);
                    }
                } finally {
                    renewal.cancel(false);
                }
            } catch (MessagingException | RuntimeException e) {
                if (running) {
                    log.info("Mailbox {}: IMAP IDLE interrupted ({}); polling goes on, IDLE again in {} s",
                            mailbox.name(), e.toString(), RETRY.toSeconds());
                }
            } finally {
                closeStore();
            }
            if (running) {
                try {
                    Thread.sleep(RETRY.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** The mailbox's folder opened read-only on a connection of its own, or null when the server has no IDLE. */
    private IMAPFolder open() throws MessagingException {
        Properties properties = new Properties();
        String p = "mail." + mailbox.protocol() + ".";
        properties.setProperty(p + "connectiontimeout", "10000");
        properties.setProperty(p + "writetimeout", "30000");
        // the IDLE command waits longer than any read timeout; it is renewed by the watcher instead
        properties.setProperty(p + "timeout", String.valueOf(RENEW.plusMinutes(5).toMillis()));
        Session session = Session.getInstance(properties);
        Store connected = session.getStore(mailbox.protocol());
        store = connected;
        connected.connect(mailbox.host(), mailbox.port(), mailbox.username(), mailbox.password());
        if (!(connected instanceof IMAPStore imap) || !imap.hasCapability("IDLE")) {
            return null;
        }
        IMAPFolder folder = (IMAPFolder) connected.getFolder(mailbox.folder());
        folder.open(Folder.READ_ONLY);
        return folder;
    }

    /** Any command on the folder from another thread ends the running IDLE; the watcher then starts a new one. */
    private void renew(IMAPFolder folder) {
        try {
            folder.doCommand(protocol -> {
                protocol.simpleCommand("NOOP", null);
                return null;
            });
        } catch (MessagingException | RuntimeException e) {
            log.debug("Mailbox {}: renewing IMAP IDLE: {}", mailbox.name(), e.toString());
        }
    }

    private void closeStore() {
        Store s = store;
        store = null;
        if (s != null) {
            try {
                s.close();
            } catch (MessagingException | RuntimeException e) {
                log.debug("Mailbox {}: closing the IDLE connection: {}", mailbox.name(), e.toString());
            }
        }
    }
}
