package com.weibao.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail through the configured SMTP server (spring.mail.*). Every mail Weibao sends is marked automatic
 * (RFC 3834: {@code auto-replied} when it answers a mail, else {@code auto-generated}), tagged with its reference,
 * e.g. "[WB-2026-000123] ...", and threaded under the case's earlier mails (In-Reply-To, References), so replies
 * find their case by either.
 */
@Component
class MailChannel implements DeliveryChannel {

    /** Enough of a long thread for mail clients: the first mail and the latest ones. */
    static final int MAX_REFERENCES = 20;

    private final ObjectProvider<JavaMailSender> sender;
    private final NotifyProperties properties;
    private final NotificationRepository notifications;
    private final ObjectProvider<MailThreads> threads;

    MailChannel(ObjectProvider<JavaMailSender> sender, NotifyProperties properties,
                NotificationRepository notifications, ObjectProvider<MailThreads> threads) {
        this.sender = sender;
        this.properties = properties;
        this.notifications = notifications;
        this.threads = threads;
    }

    @Override
    public ChannelType type() {
        return ChannelType.EMAIL;
    }

    @Override
    public boolean enabled() {
        return properties.mail().enabled() && sender.getIfAvailable() != null;
    }

    @Override
    public Optional<String> addressOf(Contact contact) {
        return Optional.ofNullable(contact.email()).filter(e -> !e.isBlank());
    }

    @Override
    public String deliver(Notification notification) throws MessagingException {
        JavaMailSender mail = sender.getObject();
        InternetAddress from = new InternetAddress(properties.mail().from());
        String messageId = "<weibao." + notification.getId() + "." + UUID.randomUUID() + "@"
                + from.getAddress().substring(from.getAddress().indexOf('@') + 1) + ">";
        MimeMessage message = new FixedIdMessage(mail.createMimeMessage().getSession(), messageId);
        MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
        try {
            // the display name RFC 2047-encoded ("Weibao 维保服务台"): raw UTF-8 in a header is shown as "?????"
            helper.setFrom(from.getAddress(), from.getPersonal());
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("cannot encode the sender's name " + from.getPersonal(), e);
        }
        helper.setTo(notification.getAddress());
        helper.setSubject(notification.getReference() == null ? notification.getSubject()
                : "[" + notification.getReference() + "] " + notification.getSubject());
        helper.setText(notification.getBody());
        boolean reply = notification.getInReplyTo() != null;
        message.setHeader("Auto-Submitted", reply ? "auto-replied" : "auto-generated");
        message.setHeader("X-Auto-Response-Suppress", "All");
        if (notification.getReference() != null) {
            message.setHeader("X-Weibao-Reference", notification.getReference());
        }
        thread(message, notification, messageId);
        mail.send(message);
        return messageId;
    }

    /** In-Reply-To: the mail answered, else the case's latest received mail; References: the case's thread. */
    private void thread(MimeMessage message, Notification notification, String ownId) throws MessagingException {
        if (notification.getCaseId() == null) {
            return;
        }
        List<MailThreads.ThreadMail> thread = new ArrayList<>();
        threads.orderedStream().forEach(t -> thread.addAll(t.receivedMails(notification.getCaseId())));
        String latestReceived = thread.stream().max(Comparator.comparing(MailThreads.ThreadMail::at))
                .map(MailThreads.ThreadMail::messageId).orElse(null);
        notifications.findSentMails(notification.getCaseId()).stream()
                .filter(n -> !n.getExternalId().equals(ownId) && n.getSentAt() != null)
                .forEach(n -> thread.add(new MailThreads.ThreadMail(n.getExternalId(), n.getSentAt())));
        thread.sort(Comparator.comparing(MailThreads.ThreadMail::at));
        Set<String> ids = new LinkedHashSet<>();
        thread.forEach(m -> ids.add(m.messageId()));
        if (notification.getInReplyTo() != null) {
            ids.add(notification.getInReplyTo());
        }
        List<String> references = new ArrayList<>(ids);
        if (references.size() > MAX_REFERENCES) {
            List<String> kept = new ArrayList<>();
            kept.add(references.get(0));
            kept.addAll(references.subList(references.size() - (MAX_REFERENCES - 1), references.size()));
            references = kept;
        }
        String inReplyTo = notification.getInReplyTo() != null ? notification.getInReplyTo()
                : latestReceived != null ? latestReceived
                : references.isEmpty() ? null : references.get(references.size() - 1);
        if (inReplyTo != null) {
            message.setHeader("In-Reply-To", inReplyTo);
        }
        if (!references.isEmpty()) {
            message.setHeader("References", MimeUtility.fold("References: ".length(), String.join(" ", references)));
        }
    }

    /** Keeps the Message-ID we chose (JavaMail would replace it on save), so it can be recorded and threaded. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
