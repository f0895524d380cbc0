package com.weibao.intake.mail;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether Weibao may answer a mail automatically (RFC 3834 and what real mail systems do). Not to: automatic mail
 * ({@code Auto-Submitted} other than {@code no}, Microsoft's {@code X-Auto-Response-Suppress}, the common
 * {@code X-Autoreply}/{@code X-Autorespond}), bulk and list mail ({@code Precedence: bulk|junk|list}, any
 * {@code List-*} header), mail without a real sender (null return path, MAILER-DAEMON, postmaster), delivery
 * reports, and Weibao's own mail. The per-sender rate limit is the intake's, on top of this.
 */
final class LoopProtection {

    private LoopProtection() {
    }

    /** Why no automatic reply may go to this mail; empty if one may. */
    static Optional<String> reasonNotToAnswer(ParsedMail mail, Set<String> ownAddresses) {
        String autoSubmitted = mail.firstHeader("Auto-Submitted");
        if (autoSubmitted != null && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return Optional.of("Auto-Submitted: " + autoSubmitted.strip());
        }
        if (!mail.header("X-Auto-Response-Suppress").isEmpty()) {
            return Optional.of("X-Auto-Response-Suppress: " + mail.firstHeader("X-Auto-Response-Suppress"));
        }
        for (String header : List.of("X-Autoreply", "X-Autorespond", "X-Auto-Reply")) {
            if (!mail.header(header).isEmpty()) {
                return Optional.of(header + " present");
            }
        }
        String precedence = mail.firstHeader("Precedence");
        if (precedence != null && Set.of("bulk", "junk", "list").contains(precedence.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("Precedence: " + precedence.strip());
        }
        Optional<String> list = mail.headers().keySet().stream().filter(h -> h.startsWith("list-")).findFirst();
        if (list.isPresent()) {
            return Optional.of("mailing list mail (" + list.get() + ")");
        }
        String returnPath = mail.firstHeader("Return-Path");
        if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
            return Optional.of("null return path");
        }
        if (mail.fromAddress() == null) {
            return Optional.of("no sender address");
        }
        if (MailParser.isDaemon(mail.fromAddress())) {
            return Optional.of("sender is " + mail.fromAddress());
        }
        if (mail.isReport()) {
            return Optional.of("delivery report");
        }
        if (isOwn(mail, ownAddresses)) {
            return Optional.of("Weibao's own mail");
        }
        return Optional.empty();
    }

    /** Mail Weibao sent itself (from one of its addresses, or carrying its reference header). */
    static boolean isOwn(ParsedMail mail, Set<String> ownAddresses) {
        return (mail.fromAddress() != null && ownAddresses.contains(mail.fromAddress()))
                || !mail.header("X-Weibao-Reference").isEmpty();
    }
}
