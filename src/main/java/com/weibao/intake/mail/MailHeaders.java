package com.weibao.intake.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes header values (subject, display names, file names) as real mailers write them: RFC 2047 encoded words
 * in any charset (read through {@link MailCharsets}, so a "GB2312" word with GBK characters decodes), adjacent
 * words of one charset joined before decoding (mailers split a multi-byte character across two words), encoded
 * words inside quoted strings and words, and raw 8-bit header bytes without any encoding.
 */
final class MailHeaders {

    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\s]*)\\?=");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("[ \\t\\r\\n]*");

    private MailHeaders() {
    }

    static String decode(String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.replaceAll("\\r?\\n[ \\t]+", " ").replaceAll("[\\r\\n]", "");
        value = rawBytes(value);
        Matcher word = ENCODED_WORD.matcher(value);
        StringBuilder out = new StringBuilder();
        int position = 0;
        while (word.find(position)) {
            out.append(value, position, word.start());
            String charset = charsetOf(word.group(1));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(payload(word.group(2), word.group(3)));
            int end = word.end();
            // join the following words of the same charset that only whitespace separates
            while (true) {
                Matcher gap = BETWEEN_WORDS.matcher(value).region(end, value.length());
                gap.lookingAt();
                Matcher next = ENCODED_WORD.matcher(value).region(gap.end(), value.length());
                if (!next.lookingAt() || !charsetOf(next.group(1)).equalsIgnoreCase(charset)) {
                    break;
                }
                bytes.writeBytes(payload(next.group(2), next.group(3)));
                end = next.end();
            }
            out.append(MailCharsets.decode(bytes.toByteArray(), charset));
            // RFC 2047 §6.2: whitespace between adjacent encoded words is not displayed, whatever their charsets
            Matcher gap = BETWEEN_WORDS.matcher(value).region(end, value.length());
            gap.lookingAt();
            position = ENCODED_WORD.matcher(value).region(gap.end(), value.length()).lookingAt() ? gap.end() : end;
        }
        out.append(value.substring(position));
        return out.toString().strip();
    }

    /** Header bytes above 0x7F without encoding arrive as ISO-8859-1 characters: decode them as the text they are. */
    static String rawBytes(String value) {
        if (value == null) {
            return null;
        }
        boolean high = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > 0xFF) {
                return value;
            }
            high |= c > 0x7F;
        }
        return high ? MailCharsets.decode(value.getBytes(StandardCharsets.ISO_8859_1), null) : value;
    }

    /** "UTF-8*zh-CN" (RFC 2231 language) → "UTF-8". */
    private static String charsetOf(String label) {
        int star = label.indexOf('*');
        return (star < 0 ? label : label.substring(0, star)).toLowerCase(Locale.ROOT);
    }

    private static byte[] payload(String encoding, String text) {
        if (encoding.equalsIgnoreCase("B")) {
            String padded = text.replaceAll("[^A-Za-z0-9+/]", "");
            while (padded.length() % 4 != 0) {
                padded += "=";
            }
            try {
                return Base64.getDecoder().decode(padded);
            } catch (IllegalArgumentException e) {
                return text.getBytes(StandardCharsets.ISO_8859_1);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                out.write(' ');
            } else if (c == '=' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c & 0xFF);
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
