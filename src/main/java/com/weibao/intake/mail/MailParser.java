package com.weibao.intake.mail;

import com.weibao.cases.IncomingFile;
import com.weibao.platform.crypto.Digests;
import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParameterList;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.util.BASE64DecoderStream;

/**
 * Parses a raw mail (RFC 5322 / MIME bytes) with Jakarta Mail into a {@link ParsedMail}: headers decoded with
 * {@link MailHeaders}, the body's text/plain preferred over HTML (turned into text), attachments and inline images
 * as files, delivery reports recognised. Throws {@link UnreadableMailException} for what cannot be read.
 */
final class MailParser {

    static final Pattern CASE_TAG = Pattern.compile("\\[(WB-\\d{4}-\\d{6})]");
    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern EMBEDDED_MESSAGE_ID = Pattern.compile("(?im)^message-id:\\s*(<[^<>\\s]+>)");
    private static final Pattern EMBEDDED_REFERENCE = Pattern.compile("(?im)^x-weibao-reference:\\s*(WB-\\d{4}-\\d{6})");
    private static final Pattern BOUNCE_SUBJECT = Pattern.compile("(?i).*(undeliver|delivery status notification"
            + "|delivery failure|returned mail|mail delivery failed|failure notice|退信|未送达|无法送达|投递失败|系统退信).*");
    private static final Pattern FORWARD_SUBJECT = Pattern.compile("(?i)^\\s*(fw|fwd|转发|轉寄)\\s*[:：].*");
    private static final Pattern TRACE_FIELD = Pattern.compile("(?i)(received|return-path|delivered-to|x-original-to)[ \t]*:");
    private static final int MAX_DEPTH = 20;
    private static final Pattern Q_WORD = Pattern.compile("=\\?[^?\\s]+\\?[qQ]\\?[^?\\s]*[\\x{80}-\\x{FF}][^?\\s]*\\?=");
    /** A text part's content taken as text when its container's structure cannot be read: no more control bytes. */
    private static final double MAX_CONTROL_SHARE = 0.02;

    private static final Session SESSION = session();

    private MailParser() {
    }

    static ParsedMail parse(byte[] raw) {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(withReadableHeaders(raw)));
            Map<String, List<String>> headers = headers(message);
            String messageId = firstId(header(headers, "message-id"));
            String messageKey = messageId != null ? keyOfMessageId(messageId) : "r:" + contentHash(raw);
            String rawFrom = first(headers, "from");
            if (rawFrom == null || rawFrom.isBlank()) {
                rawFrom = first(headers, "sender");
            }
            String fromAddress = address(rawFrom);
            String fromName = displayName(rawFrom);
            String subject = MailHeaders.decode(first(headers, "subject"));
            List<String> thread = new ArrayList<>(ids(header(headers, "in-reply-to")));
            List<String> references = new ArrayList<>(ids(header(headers, "references")));
            Collections.reverse(references);
            thread.addAll(references);

            Body body = new Body();
            walk(message, body, 0);
            String text = body.text();
            boolean forwarded = subject != null && FORWARD_SUBJECT.matcher(subject).matches();
            String replyText = MailBodyText.withoutHistoryAndSignature(text);
            ParsedMail.Report report = report(message, fromAddress, subject, raw, messageId, body);
            return new ParsedMail(messageId, messageKey, fromAddress, fromName, subject == null ? "" : subject,
                    sentDate(message), List.copyOf(new LinkedHashSet<>(thread)), headers,
                    forwarded ? text : replyText, replyText, List.copyOf(body.files), report);
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new UnreadableMailException("cannot read the mail: " + e.getClass().getSimpleName() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Raw 8-bit header bytes that are not UTF-8 (old Chinese mailers write GBK straight into Subject and From):
     * the header block is decoded as what it is and handed on as UTF-8, which Jakarta Mail reads (RFC 6532).
     */
    static byte[] withReadableHeaders(byte[] raw) {
        int end = headerEnd(raw);
        boolean eightBit = false;
        for (int i = 0; i < end && !eightBit; i++) {
            eightBit = raw[i] < 0;
        }
        if (!eightBit) {
            return raw;
        }
        byte[] original = java.util.Arrays.copyOf(raw, end);
        byte[] header = eightBitInEncodedWords(original);
        byte[] utf8 = MailCharsets.decode(header, null).getBytes(StandardCharsets.UTF_8);
        if (java.util.Arrays.equals(utf8, original)) {
            return raw;
        }
        byte[] result = new byte[utf8.length + raw.length - end];
        System.arraycopy(utf8, 0, result, 0, utf8.length);
        System.arraycopy(raw, end, result, utf8.length, raw.length - end);
        return result;
    }

    /**
     * Raw 8-bit bytes inside a quoted-printable encoded word ({@code =?iso-8859-1?Q?Fr\u00f6sche?=} with the byte
     * F6 unescaped) are bytes of the word's own charset: escaped as {@code =F6} so the word decodes in it, instead of
     * being taken for text of the header block's guessed charset.
     */
    private static byte[] eightBitInEncodedWords(byte[] header) {
        String latin = new String(header, StandardCharsets.ISO_8859_1);
        Matcher word = Q_WORD.matcher(latin);
        StringBuilder out = new StringBuilder();
        int position = 0;
        while (word.find()) {
            out.append(latin, position, word.start());
            for (char c : word.group().toCharArray()) {
                out.append(c > 0x7F ? String.format("=%02X", (int) c) : String.valueOf(c));
            }
            position = word.end();
        }
        out.append(latin.substring(position));
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int headerEnd(byte[] raw) {
        for (int i = 0; i + 1 < raw.length; i++) {
            if (raw[i] == '\n' && (raw[i + 1] == '\n' || (raw[i + 1] == '\r' && i + 2 < raw.length && raw[i + 2] == '\n'))) {
                return i + 1;
            }
        }
        return raw.length;
    }

    /** Just the key of a mail that may not parse: its Message-ID's hash, else the hash of its bytes. */
    static String keyOf(byte[] raw) {
        try {
            String id = firstId(new MimeMessage(SESSION, new ByteArrayInputStream(raw)).getHeader("Message-ID", " "));
            return id != null ? keyOfMessageId(id) : "r:" + contentHash(raw);
        } catch (MessagingException | RuntimeException e) {
            return "r:" + contentHash(raw);
        }
    }

    /**
     * What makes a mail this mail: the hash of its bytes without the trace fields each delivery puts on top
     * (Received, Return-Path, Delivered-To, X-Original-To) and with uniform line ends, so the same mail delivered
     * twice has the same hash, and two different mails under one Message-ID do not.
     */
    static String contentHash(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            boolean continuation = start > 0 && (text.charAt(start) == ' ' || text.charAt(start) == '\t');
            if (!continuation && !TRACE_FIELD.matcher(text).region(start, end).lookingAt()) {
                break;
            }
            start = end;
        }
        return sha256(text.substring(start).getBytes(StandardCharsets.ISO_8859_1));
    }

    static String keyOfMessageId(String messageId) {
        return "m:" + sha256(messageId.strip().getBytes(StandardCharsets.UTF_8));
    }

    /** What the quarantine shows of a mail that did not parse: sender and subject, as far as they can be read. */
    static String[] senderAndSubject(byte[] raw) {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(withReadableHeaders(raw)));
            return new String[] {address(message.getHeader("From", ",")),
                    MailHeaders.decode(message.getHeader("Subject", " "))};
        } catch (MessagingException | RuntimeException e) {
            return new String[] {null, null};
        }
    }

    private static final class Body {
        final List<String> plain = new ArrayList<>();
        final List<String> html = new ArrayList<>();
        final List<IncomingFile> files = new ArrayList<>();
        final List<String> reportTexts = new ArrayList<>();

        String text() {
            String plainText = String.join("\n\n", plain).strip();
            if (!plainText.isBlank()) {
                return MailBodyText.tidy(plainText);
            }
            return html.stream().map(MailBodyText::fromHtml).reduce((a, b) -> a + "\n\n" + b).orElse("");
        }
    }

    private static void walk(Part part, Body body, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            throw new UnreadableMailException("MIME parts nested deeper than " + MAX_DEPTH);
        }
        ContentType type = contentType(part);
        String disposition = disposition(part);
        String fileName = fileName(part);
        if (type.match("multipart/*")) {
            Multipart multipart = multipart(part, type);
            if (multipart == null) {
                // its parts cannot be found (the boundary never comes, or none is given): its text, if readable
                body.plain.add(readableText(part, type));
                return;
            }
            if (type.match("multipart/alternative")) {
                alternative(multipart, body, depth);
                return;
            }
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), body, depth + 1);
            }
            return;
        }
        boolean attachment = "attachment".equalsIgnoreCase(disposition) || fileName != null;
        if (!attachment && type.match("text/plain")) {
            body.plain.add(text(part, type));
        } else if (!attachment && type.match("text/html")) {
            body.html.add(text(part, type));
        } else {
            byte[] content = bytes(part);
            body.files.add(new IncomingFile(safeFileName(fileName, part, type, body.files.size() + 1),
                    type.getBaseType().toLowerCase(Locale.ROOT), content));
        }
    }

    /**
     * The parts of a multipart, read with the content type as far as it can be read (parameters a mailer mangled,
     * e.g. {@code ;; boundary=...}, are read leniently); null when the parts cannot be found.
     */
    private static Multipart multipart(Part part, ContentType type) throws MessagingException, IOException {
        Multipart multipart;
        try {
            String declared = part.getContentType();
            if (declared != null && strictlyReadable(declared)) {
                Object content = part.getContent();
                if (!(content instanceof Multipart m)) {
                    return null;
                }
                multipart = m;
            } else {
                multipart = new MimeMultipart(new ByteArrayDataSource(bytes(part), type.toString()));
            }
            multipart.getCount();
            return multipart;
        } catch (ParseException e) {
            return null;
        }
    }

    private static boolean strictlyReadable(String contentType) {
        try {
            new ContentType(contentType);
            return true;
        } catch (ParseException e) {
            return false;
        }
    }

    /** A part's content as text when it is text (no more than a few control bytes), else unreadable. */
    private static String readableText(Part part, ContentType type) throws MessagingException, IOException {
        byte[] content = bytes(part);
        int control = 0;
        for (byte b : content) {
            if (b >= 0 && b < 0x20 && b != '\r' && b != '\n' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (content.length > 0 && (double) control / content.length > MAX_CONTROL_SHARE) {
            throw new UnreadableMailException("a " + type.getBaseType() + " part whose parts cannot be found and whose"
                    + " content is not text");
        }
        return MailCharsets.decode(content, type.getParameter("charset"));
    }

    /** One of the alternatives: text/plain if it says something, else HTML, else whatever else there is. */
    private static void alternative(Multipart multipart, Body body, int depth) throws MessagingException, IOException {
        Part plain = null;
        Part html = null;
        Part other = null;
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart child = multipart.getBodyPart(i);
            ContentType type = contentType(child);
            if (type.match("text/plain") && plain == null) {
                plain = child;
            } else if (type.match("text/html") && html == null) {
                html = child;
            } else if (other == null) {
                other = child;
            }
        }
        if (plain != null) {
            String text = text(plain, contentType(plain));
            if (!text.isBlank()) {
                body.plain.add(text);
                return;
            }
        }
        if (html != null) {
            body.html.add(text(html, contentType(html)));
        } else if (other != null) {
            walk(other, body, depth + 1);
        }
    }

    private static String text(Part part, ContentType type) throws MessagingException, IOException {
        return MailCharsets.decode(bytes(part), type.getParameter("charset"));
    }

    private static byte[] bytes(Part part) throws MessagingException, IOException {
        InputStream raw;
        if (part instanceof MimeBodyPart bodyPart) {
            raw = bodyPart.getRawInputStream();
        } else if (part instanceof MimeMessage message) {
            raw = message.getRawInputStream();
        } else {
            raw = null;
        }
        try (InputStream in = raw == null ? part.getInputStream()
                : decoding(raw, ((MimePart) part).getEncoding())) {
            return in.readAllBytes();
        }
    }

    /**
     * A part's content decoded the way mature mail readers do where mailers are sloppy but the meaning is clear:
     * stray characters in base64 are skipped, and transfer-encoding names mailers invent for "as is" ({@code 7-bit},
     * {@code 8bits}, {@code plain}, {@code text}) read as identity. Uuencode without its "begin" line stays
     * unreadable.
     */
    static InputStream decoding(InputStream raw, String transferEncoding) throws MessagingException {
        String name = transferEncoding == null ? "" : transferEncoding.strip().toLowerCase(Locale.ROOT);
        if (name.contains("base64")) {
            return new BASE64DecoderStream(raw, true);
        }
        if (name.startsWith("quoted")) {
            return MimeUtility.decode(raw, "quoted-printable");
        }
        if (name.contains("uu")) {
            return MimeUtility.decode(raw, "uuencode");
        }
        return raw;
    }

    private static ContentType contentType(Part part) throws MessagingException {
        String raw = part.getContentType();
        try {
            return new ContentType(raw == null ? "text/plain" : raw);
        } catch (ParseException e) {
            return lenientContentType(raw);
        }
    }

    /**
     * A content type some mailer mangled ({@code ;; boundary=...}, unquoted specials in values): its base type if
     * readable, else text/plain, with each {@code name=value} parameter that can be told apart; a charset nobody knows
     * is left to detection.
     */
    static ContentType lenientContentType(String raw) {
        String[] pieces = raw == null ? new String[] {""} : raw.split(";");
        String base = pieces[0].strip().toLowerCase(Locale.ROOT);
        if (!base.matches("[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+")) {
            base = "text/plain";
        }
        ParameterList parameters = new ParameterList();
        for (int i = 1; i < pieces.length; i++) {
            int equals = pieces[i].indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String name = pieces[i].substring(0, equals).strip().toLowerCase(Locale.ROOT);
            String value = pieces[i].substring(equals + 1).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (name.matches("[a-z0-9*_.-]+") && !value.isEmpty()) {
                parameters.set(name, value);
            }
        }
        String[] type = base.split("/", 2);
        return new ContentType(type[0], type[1], parameters);
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String fileName(Part part) {
        try {
            String name = part.getFileName();
            return name == null || name.isBlank() ? null : MailHeaders.decode(name);
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String safeFileName(String name, Part part, ContentType type, int index) {
        String cleaned = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '_' || c == '.')) {
            String sub = type.getSubType() == null ? "bin" : type.getSubType().toLowerCase(Locale.ROOT);
            String extension = switch (sub) {
                case "jpeg" -> "jpg";
                case "plain" -> "txt";
                case "rfc822" -> "eml";
                case "octet-stream" -> "bin";
                default -> sub.replaceAll("[^a-z0-9]", "");
            };
            boolean inline = contentId(part) != null;
            cleaned = (inline ? "inline-" : "attachment-") + index + "." + extension;
        }
        if (cleaned.length() > 200) {
            int dot = cleaned.lastIndexOf('.');
            String extension = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
            cleaned = cleaned.substring(0, 200 - extension.length()) + extension;
        }
        return cleaned;
    }

    private static String contentId(Part part) {
        try {
            String[] ids = part.getHeader("Content-ID");
            return ids == null || ids.length == 0 ? null : ids[0];
        } catch (MessagingException e) {
            return null;
        }
    }

    private static ParsedMail.Report report(MimeMessage message, String from, String subject, byte[] raw,
                                            String ownId, Body body) throws MessagingException {
        ContentType type = contentType(message);
        String reportType = type.match("multipart/report") ? type.getParameter("report-type") : null;
        boolean daemon = from != null && isDaemon(from);
        boolean bounceLike = daemon && subject != null && BOUNCE_SUBJECT.matcher(subject).matches();
        if (reportType == null && !bounceLike) {
            return null;
        }
        // the mail it reports on is embedded (message/rfc822, text/rfc822-headers) or quoted: find its ids there
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        Set<String> ids = new LinkedHashSet<>();
        Matcher id = EMBEDDED_MESSAGE_ID.matcher(text);
        while (id.find()) {
            if (!id.group(1).equals(ownId)) {
                ids.add(id.group(1));
            }
        }
        Set<String> references = new LinkedHashSet<>();
        Matcher reference = EMBEDDED_REFERENCE.matcher(text);
        while (reference.find()) {
            references.add(reference.group(1));
        }
        Matcher tag = CASE_TAG.matcher(subject == null ? "" : subject);
        while (tag.find()) {
            references.add(tag.group(1));
        }
        String summary = body.text();
        summary = summary.length() > 1000 ? summary.substring(0, 1000) + "…" : summary;
        return new ParsedMail.Report(reportType == null ? "bounce" : reportType.toLowerCase(Locale.ROOT), summary,
                List.copyOf(ids), List.copyOf(references));
    }

    static boolean isDaemon(String address) {
        String local = address.substring(0, Math.max(0, address.indexOf('@'))).toLowerCase(Locale.ROOT);
        return local.equals("mailer-daemon") || local.equals("postmaster") || local.equals("mail-daemon");
    }

    private static Map<String, List<String>> headers(MimeMessage message) throws MessagingException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        Enumeration<Header> all = message.getAllHeaders();
        while (all.hasMoreElements()) {
            Header header = all.nextElement();
            headers.computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(header.getValue() == null ? "" : header.getValue().strip());
        }
        return headers;
    }

    private static List<String> header(Map<String, List<String>> headers, String name) {
        return headers.getOrDefault(name, List.of());
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = header(headers, name);
        return values.isEmpty() ? null : values.get(0);
    }

    private static String firstId(List<String> values) {
        List<String> ids = ids(values);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static String firstId(String value) {
        return value == null ? null : firstId(List.of(value));
    }

    private static List<String> ids(List<String> values) {
        List<String> ids = new ArrayList<>();
        for (String value : values) {
            Matcher m = MESSAGE_ID.matcher(value);
            while (m.find()) {
                if (m.group().length() <= 998) {
                    ids.add(m.group());
                }
            }
        }
        return ids;
    }

    /** The first address of a From header, lower case; null when there is none. */
    static String address(String header) {
        // RFC 6532: UTF-8 in the address itself (jdöe@mächine.example) arrives as bytes, read as ISO-8859-1
        String rawFrom = MailHeaders.rawBytes(header);
        if (rawFrom == null || rawFrom.isBlank()) {
            return null;
        }
        String candidate;
        try {
            InternetAddress[] parsed = InternetAddress.parseHeader(rawFrom, false);
            candidate = parsed.length == 0 ? null : parsed[0].getAddress();
        } catch (AddressException e) {
            Matcher angle = Pattern.compile("<([^<>\\s]+@[^<>\\s]+)>").matcher(rawFrom);
            candidate = angle.find() ? angle.group(1) : null;
        }
        if (candidate != null) {
            candidate = candidate.replaceAll("\\([^()]*\\)", "");
        }
        if (candidate == null || candidate.indexOf('@') < 1 || candidate.length() > 320) {
            return null;
        }
        return candidate.strip().toLowerCase(Locale.ROOT);
    }

    /** The display name of a From header ("王护士" <a@b>), decoded. */
    static String displayName(String rawFrom) {
        if (rawFrom == null) {
            return null;
        }
        int angle = rawFrom.indexOf('<');
        if (angle <= 0) {
            return null;
        }
        String name = MailHeaders.decode(rawFrom.substring(0, angle)).strip();
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            name = name.substring(1, name.length() - 1).replace("\\\"", "\"").strip();
        }
        return name.isBlank() ? null : name;
    }

    private static Instant sentDate(MimeMessage message) {
        try {
            Date date = message.getSentDate();
            return date == null ? null : date.toInstant();
        } catch (MessagingException e) {
            return null;
        }
    }

    static String sha256(byte[] bytes) {
        return Digests.sha256Hex(bytes);
    }

    private static Session session() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.address.strict", "false");
        return Session.getInstance(properties);
    }
}
