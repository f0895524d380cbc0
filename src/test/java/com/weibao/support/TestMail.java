package com.weibao.support;

import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Raw mails for the mail intake's tests, byte for byte as a mailer would write them (charsets, encodings, broken
 * parts), sent over real SMTP and inspected over real IMAP.
 */
public final class TestMail {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final String messageId;

    private TestMail(String messageId) {
        this.messageId = messageId;
    }

    /** A mail with the usual headers (no Subject if null); add more headers, then a body. */
    public static TestMail from(String from, String to, String subjectHeader) {
        String id = "<" + UUID.randomUUID() + "@test.example>";
        TestMail mail = new TestMail(id);
        mail.header("From", from).header("To", to);
        if (subjectHeader != null) {
            mail.header("Subject", subjectHeader);
        }
        return mail.header("Date", "Sun, 22 Nov 2026 10:00:00 +0800").header("Message-ID", id)
                .header("MIME-Version", "1.0");
    }

    /** Like {@link #from} without a Message-ID header. */
    public static TestMail withoutMessageId(String from, String to, String subjectHeader) {
        TestMail mail = new TestMail(null);
        mail.header("From", from).header("To", to).header("Subject", subjectHeader)
                .header("Date", "Sun, 22 Nov 2026 10:00:00 +0800").header("MIME-Version", "1.0");
        return mail;
    }

    public String messageId() {
        return messageId;
    }

    public TestMail header(String name, String value) {
        return line(name + ": " + value);
    }

    /** A header with raw (unencoded) bytes in a charset, as some mailers write them. */
    public TestMail rawHeader(String name, String value, Charset charset) {
        bytes.writeBytes((name + ": ").getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes(value.getBytes(charset));
        bytes.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    /** A line; anything beyond ASCII in it is written as UTF-8 (RFC 6532 headers, 8-bit UTF-8 bodies). */
    public TestMail line(String text) {
        bytes.writeBytes((text + "\r\n").getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public TestMail raw(byte[] content) {
        bytes.writeBytes(content);
        return this;
    }

    /** A single-part text body: Content-Type with the given label (null: none), base64 of the text in a charset. */
    public TestMail base64Body(String type, String charsetLabel, String text, Charset charset) {
        header("Content-Type", type + (charsetLabel == null ? "" : "; charset=" + charsetLabel));
        header("Content-Transfer-Encoding", "base64");
        line("");
        return line(base64Lines(text.getBytes(charset)));
    }

    public TestMail eightBitBody(String type, String charsetLabel, String text, Charset charset) {
        header("Content-Type", type + (charsetLabel == null ? "" : "; charset=" + charsetLabel));
        header("Content-Transfer-Encoding", "8bit");
        line("");
        raw(text.getBytes(charset));
        return line("");
    }

    public TestMail multipart(String subtype, String boundary, Consumer<TestMail> parts) {
        header("Content-Type", "multipart/" + subtype + "; boundary=\"" + boundary + "\"");
        line("");
        parts.accept(this);
        return line("--" + boundary + "--");
    }

    public byte[] bytes() {
        return bytes.toByteArray();
    }

    public static String base64Lines(byte[] content) {
        String encoded = Base64.getEncoder().encodeToString(content);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < encoded.length(); i += 76) {
            lines.add(encoded.substring(i, Math.min(encoded.length(), i + 76)));
        }
        return String.join("\r\n", lines);
    }

    /** RFC 2047 B-encoded word. */
    public static String encodedWord(String text, String label, Charset charset) {
        return "=?" + label + "?B?" + Base64.getEncoder().encodeToString(text.getBytes(charset)) + "?=";
    }

    /** Sends these exact bytes over SMTP (no header rewriting). */
    public static void send(int smtpPort, byte[] raw, String to) {
        send(smtpPort, raw, to, new Properties());
    }

    /**
     * Sends these exact bytes over SMTP with a fixed envelope sender, so a mail whose From the client cannot parse
     * (real mail from the world) is delivered all the same.
     */
    public static void sendAsReceived(int smtpPort, byte[] raw, String to) {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.from", "delivery@test.example");
        send(smtpPort, raw, to, properties);
    }

    private static void send(int smtpPort, byte[] raw, String to, Properties properties) {
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", String.valueOf(smtpPort));
        Session session = Session.getInstance(properties);
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(new ExactMessage(session, raw), new Address[] {new InternetAddress(to)});
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens the mailbox over IMAP, hands its INBOX to the action, closes it. */
    public static <T> T inbox(int imapPort, String user, String password, ImapAction<T> action) {
        Properties properties = new Properties();
        Session session = Session.getInstance(properties);
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", imapPort, user, password);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            try {
                return action.apply(inbox);
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public interface ImapAction<T> {
        T apply(Folder inbox) throws MessagingException;
    }

    /** Marks every mail of the folder unseen again: what a crash between commit and "mark seen" leaves behind. */
    public static int markAllUnseen(Folder inbox) throws MessagingException {
        Message[] messages = inbox.getMessages();
        inbox.setFlags(messages, new Flags(Flags.Flag.SEEN), false);
        return messages.length;
    }

    private static final class ExactMessage extends MimeMessage {

        private final byte[] raw;

        ExactMessage(Session session, byte[] raw) throws MessagingException {
            super(session, new ByteArrayInputStream(raw));
            this.raw = raw;
        }

        @Override
        public void writeTo(OutputStream os, String[] ignoreList) throws IOException {
            os.write(raw);
        }

        @Override
        public void writeTo(OutputStream os) throws IOException {
            os.write(raw);
        }
    }
}
