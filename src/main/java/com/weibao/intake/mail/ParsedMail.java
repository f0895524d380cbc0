package com.weibao.intake.mail;

import com.weibao.cases.IncomingFile;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A received mail as the intake needs it, decoded: who sent it, what it answers, its text and files, whether it
 * is a delivery report (bounce), and the headers loop protection looks at (names in lower case).
 */
record ParsedMail(String messageId, String messageKey, String fromAddress, String fromName, String subject,
                  Instant sentAt, List<String> inReplyTo, Map<String, List<String>> headers, String text,
                  String replyText, List<IncomingFile> files, Report report) {

    /** A delivery status (or disposition) report: what it says, and what it tells about the mail it reports on. */
    record Report(String type, String summary, List<String> originalMessageIds, List<String> originalReferences) {
    }

    boolean isReport() {
        return report != null;
    }

    List<String> header(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    String firstHeader(String name) {
        List<String> values = header(name);
        return values.isEmpty() ? null : values.get(0);
    }

    String senderDomain() {
        return fromAddress == null ? null : fromAddress.substring(fromAddress.indexOf('@') + 1);
    }
}
