package com.weibao.intake.mail;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * weibao.intake.mail.*: the mailboxes read, the size limit per mail, how many mails of a mailbox are taken in at
 * once ({@code workers}) and whether new mail is waited for with IMAP IDLE ({@code idle}, where the server supports
 * it; polling every poll interval stays the fallback), the automatic acknowledgement's rate limit per sender, when a
 * failing mailbox turns the health indicator DOWN, and the embedded mail server of the default run.
 */
@ConfigurationProperties("weibao.intake.mail")
public record MailIntakeProperties(boolean enabled, DataSize maxMailSize, int maxMessagesPerPoll, int workers,
                                   Boolean idle, int maxAcknowledgementsPerSender, Duration acknowledgementWindow,
                                   Duration downAfter, List<Mailbox> mailboxes, EmbeddedServer embeddedServer) {

    public MailIntakeProperties {
        maxMailSize = maxMailSize == null ? DataSize.ofMegabytes(20) : maxMailSize;
        maxMessagesPerPoll = maxMessagesPerPoll <= 0 ? 50 : maxMessagesPerPoll;
        workers = workers <= 0 ? 4 : workers;
        idle = idle == null || idle;
        maxAcknowledgementsPerSender = maxAcknowledgementsPerSender <= 0 ? 10 : maxAcknowledgementsPerSender;
        acknowledgementWindow = acknowledgementWindow == null ? Duration.ofHours(1) : acknowledgementWindow;
        downAfter = downAfter == null ? Duration.ofMinutes(2) : downAfter;
        mailboxes = mailboxes == null ? List.of() : List.copyOf(mailboxes);
        embeddedServer = embeddedServer == null ? new EmbeddedServer(false, null, 0, 0, null, null) : embeddedServer;
    }

    /**
     * One mailbox read over IMAP (protocol imap or imaps). {@code address} is the support address it receives
     * (defaults to the user name when that is an address); {@code moveTo}, if set, is the folder processed mails are
     * moved to (otherwise they are marked seen).
     */
    public record Mailbox(String name, String protocol, String host, int port, String username, String password,
                          String folder, Duration pollInterval, String moveTo, String address) {

        public Mailbox {
            protocol = protocol == null || protocol.isBlank() ? "imap" : protocol.toLowerCase(Locale.ROOT);
            if (!protocol.equals("imap") && !protocol.equals("imaps")) {
                throw new IllegalArgumentException("mailbox " + name + ": protocol must be imap or imaps, not " + protocol);
            }
            folder = folder == null || folder.isBlank() ? "INBOX" : folder;
            pollInterval = pollInterval == null ? Duration.ofSeconds(10) : pollInterval;
            moveTo = moveTo == null || moveTo.isBlank() ? null : moveTo;
            address = address != null && !address.isBlank() ? address.strip().toLowerCase(Locale.ROOT)
                    : username != null && username.contains("@") ? username.strip().toLowerCase(Locale.ROOT) : null;
            if (name == null || name.isBlank()) {
                name = username + "@" + host;
            }
        }
    }

    /** GreenMail inside the app (default run and demos): SMTP and IMAP on these ports with one mailbox. */
    public record EmbeddedServer(boolean enabled, String bindAddress, int smtpPort, int imapPort, String user,
                                 String password) {

        public EmbeddedServer {
            bindAddress = bindAddress == null || bindAddress.isBlank() ? "127.0.0.1" : bindAddress;
            smtpPort = smtpPort <= 0 ? 3025 : smtpPort;
            imapPort = imapPort <= 0 ? 3143 : imapPort;
            user = user == null || user.isBlank() ? "helpdesk@weibao.local" : user;
            password = password == null ? "helpdesk" : password;
        }
    }
}
