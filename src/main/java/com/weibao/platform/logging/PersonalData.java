package com.weibao.platform.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the personal data Weibao handles in free text: mainland mobile numbers ({@code 138****1234}), landline
 * numbers with their area code ({@code 0755-****1234}), resident ID card numbers (18 characters, the last may be X:
 * {@code 4403**********1234}) and e-mail addresses ({@code a***@example.com}). Used for log output and for views
 * shown to people who do not need the full numbers. Numbers embedded in longer runs of digits or letters (case
 * numbers, ids, timestamps) are left alone.
 */
public final class PersonalData {

    private static final String NOT_AFTER_WORD = "(?<![0-9A-Za-z_])";
    private static final String NOT_BEFORE_WORD = "(?![0-9A-Za-z_])";

    /** 6-digit region, birth date 18xx–20xx, 3-digit sequence, check character. */
    private static final Pattern ID_CARD = Pattern.compile(NOT_AFTER_WORD
            + "(\\d{4})\\d{2}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx]" + NOT_BEFORE_WORD);
    /** Optional +86 / 0086, then 1[3-9]x xxxx xxxx, with or without spaces or hyphens between the groups. */
    private static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z_+])((?:\\+86|0086|86)[ -]?)?"
            + "(1[3-9]\\d)[ -]?\\d{4}[ -]?(\\d{4})" + NOT_BEFORE_WORD);
    /** Area code 0xx or 0xxx (in brackets or followed by a separator or not), 7–8 digits, optional extension. */
    private static final Pattern LANDLINE = Pattern.compile(NOT_AFTER_WORD
            + "(\\(0\\d{2,3}\\)|（0\\d{2,3}）|0\\d{2,3})[ -]?\\d{3,4}[ -]?(\\d{4})((?:转|-|ext\\.?\\s?)\\d{1,6})?"
            + NOT_BEFORE_WORD);
    private static final Pattern EMAIL = Pattern.compile("(?<![A-Za-z0-9._%+-])([A-Za-z0-9])[A-Za-z0-9._%+-]*"
            + "@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+)");
    /** Cheap pre-check: no '@' and no run of 7 digits means nothing to mask. */
    private static final Pattern CANDIDATE = Pattern.compile("@|\\d[ -]?\\d{2}[ -]?\\d{4}");

    private PersonalData() {
    }

    /** The text with every phone number, ID card number and e-mail address in it masked; null stays null. */
    public static String mask(String text) {
        if (text == null || text.isEmpty() || !CANDIDATE.matcher(text).find()) {
            return text;
        }
        String masked = replace(ID_CARD, text, m -> m.group(1) + "**********" + last4(m.group()));
        masked = replace(MOBILE, masked, m -> (m.group(1) == null ? "" : m.group(1)) + m.group(2) + "****"
                + m.group(3));
        masked = replace(LANDLINE, masked, m -> m.group(1) + "-****" + m.group(2));
        return replace(EMAIL, masked, m -> m.group(1) + "***@" + m.group(2));
    }

    /** A phone number field: the number masked, whatever its writing; null stays null. */
    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String masked = mask(phone);
        if (!masked.equals(phone)) {
            return masked;
        }
        String digits = phone.replaceAll("\\D", "");
        return digits.length() <= 4 ? "****" : "****" + digits.substring(digits.length() - 4);
    }

    /** An e-mail address field: {@code a***@example.com}; null stays null. */
    public static String maskEmail(String email) {
        if (email == null || email.isBlank()) {
            return email;
        }
        String masked = mask(email);
        return masked.equals(email) && email.contains("@") ? "***" + email.substring(email.indexOf('@')) : masked;
    }

    private static String last4(String s) {
        return s.substring(s.length() - 4);
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> by) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(by.apply(m)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
