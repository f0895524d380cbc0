package com.weibao.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail through the configured SMTP server (spring.mail.*). Every mail Weibao sends is marked automatic
 * (RFC 3834) and tagged with its reference, e.g. "[WB-2026-000123] ...", so replies find their case.
 */
@Component
class MailChannel implements DeliveryChannel {

    private final ObjectProvider<JavaMailSender> sender;
    private final NotifyProperties properties;

    MailChannel(ObjectProvider<JavaMailSender> sender, NotifyProperties properties) {
        this.sender = sender;
        this.properties = properties;
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
        helper.setFrom(from);
        helper.setTo(notification.getAddress());
        helper.setSubject(notification.getReference() == null ? notification.getSubject()
                : "[" + notification.getReference() + "] " + notification.getSubject());
        helper.setText(notification.getBody());
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Auto-Response-Suppress", "All");
        if (notification.getReference() != null) {
            message.setHeader("X-Weibao-Reference", notification.getReference());
        }
        mail.send(message);
        return messageId;
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
