package com.weibao.intake.mail;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a mail is an automatic reply to a mail (vacation, out of office): RFC 3834 {@code Auto-Submitted:
 * auto-replied}, the common {@code X-Autoreply}/{@code X-Autorespond} headers, {@code Precedence: auto_reply}, or a
 * vacation subject (自动回复, Out of Office, Automatic reply). Machine alerts ({@code Auto-Submitted: auto-generated})
 * are not replies: they open cases.
 */
final class AutoReplies {

    private static final Pattern VACATION_SUBJECT = Pattern.compile("(?iu)^\\s*((re|答复|回复)\\s*[:：]\\s*)?("
            + "(自动回复|自動回覆|自动答复|automatic reply|auto[- ]?reply|autoreply|vacation reply|abwesenheitsnotiz)"
            + "\\s*[:：]|out of (the )?office\\b)");

    private AutoReplies() {
    }

    static Optional<String> reasonItIsOne(ParsedMail mail) {
        String autoSubmitted = mail.firstHeader("Auto-Submitted");
        if (autoSubmitted != null && autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("auto-replied")) {
            return Optional.of("Auto-Submitted: " + autoSubmitted.strip());
        }
        for (String header : List.of("X-Autoreply", "X-Autorespond", "X-Auto-Reply")) {
            if (!mail.header(header).isEmpty()) {
                return Optional.of(header);
            }
        }
        String precedence = mail.firstHeader("Precedence");
        if (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).equals("auto_reply")) {
            return Optional.of("Precedence: auto_reply");
        }
        if (VACATION_SUBJECT.matcher(mail.subject()).find()) {
            return Optional.of("subject \"" + MailIntakeService.cut(mail.subject(), 60) + "\"");
        }
        return Optional.empty();
    }
}
