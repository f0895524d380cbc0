package com.weibao.intake.mail;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which alert a monitoring system's mail is about: its subject without the state word monitoring systems put in
 * front (Zabbix's "Problem:"/"Resolved:", Nagios' "** PROBLEM …" / "RECOVERY", 告警/恢复, [OK]) and without case
 * or spacing differences, so the problem, its repeats and its recovery name the same alert.
 */
final class MailAlerts {

    private static final Pattern STATE = Pattern.compile("(?iu)^\\s*(\\*+\\s*)?[\\[【(（]?\\s*(problem|resolved|recovery"
            + "|recovered|ok|warning|critical|alert|alarm|告警|报警|已恢复|恢复)(?![a-z0-9])\\s*[\\]】)）]?\\s*"
            + "(\\*+\\s*)?[:：\\-]?\\s*");

    private MailAlerts() {
    }

    static String key(String subject) {
        String text = subject == null ? "" : subject.strip();
        String previous;
        do {
            previous = text;
            text = STATE.matcher(text).replaceFirst("");
        } while (!text.equals(previous) && !text.isEmpty());
        return text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
