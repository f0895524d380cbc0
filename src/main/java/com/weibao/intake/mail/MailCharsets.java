package com.weibao.intake.mail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a mail's text into a string the way Chinese mail needs it. Labels are not trusted blindly:
 * <ul>
 * <li>GB2312 (and its aliases GBK, CP936, EUC-CN) is read as GB18030, the superset, because mailers that say
 * GB2312 routinely send GBK or GB18030 characters (e.g. 镕, 喆, 𠮷); Big5 as Big5-HKSCS for the same reason;</li>
 * <li>text that does not decode cleanly in its declared charset, or that has none, or a weak one (US-ASCII,
 * ISO-8859-1: often a mailer's default stuck on Chinese text), is tried as UTF-8, then detected
 * (juniversalchardet); a Chinese charset detected wins over a weak label, a weak label over a non-Chinese guess;
 * without any label GB18030, then Big5, are tried before the guess.</li>
 * </ul>
 */
final class MailCharsets {

    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");

    private static final Set<String> GB_LABELS = Set.of("gb2312", "gb_2312-80", "gbk", "x-gbk", "cp936", "ms936",
            "windows-936", "euc-cn", "x-euc-cn", "csgb2312", "chinese", "gb18030", "hz-gb-2312");
    private static final Set<String> BIG5_LABELS = Set.of("big5", "big-5", "big5-hkscs", "x-big5", "cn-big5",
            "csbig5", "x-windows-950", "windows-950", "cp950", "ms950");
    /** Labels that say "no particular charset": bytes above 0x7F under them are a mislabelled charset. */
    /** Java has no UTF-7 (RFC 2152), which old Outlook and some webmailers still label subjects with. */
    private static final Charset UTF_7 = new com.beetstra.jutf7.CharsetProvider().charsetForName("UTF-7");
    private static final Set<String> UTF7_LABELS = Set.of("utf-7", "utf7", "x-utf-7", "unicode-1-1-utf-7",
            "csunicode11utf7");
    /** Scripts the detector recognises with confidence and that GB18030 would turn into Chinese characters. */
    private static final Set<String> OTHER_SCRIPTS = Set.of("KOI8-R", "WINDOWS-1251", "IBM866", "IBM855",
            "X-MAC-CYRILLIC", "ISO-8859-5", "ISO-8859-7", "WINDOWS-1253", "ISO-8859-8", "WINDOWS-1255");
    /** Latin single-byte charsets: taken when the detector says so and the accented letters are few. */
    private static final Set<String> LATIN = Set.of("WINDOWS-1252", "ISO-8859-1", "ISO-8859-15");
    private static final Set<String> WEAK_LABELS = Set.of("us-ascii", "ascii", "iso-8859-1", "latin1", "iso_8859-1",
            "windows-1252", "cp1252", "unknown-8bit", "x-unknown", "8bit", "default");

    private MailCharsets() {
    }

    /** The charset to read a label as, or null if Java does not know it. */
    static Charset resolve(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String name = label.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        if (GB_LABELS.contains(name)) {
            return GB18030;
        }
        if (BIG5_LABELS.contains(name)) {
            return BIG5_HKSCS;
        }
        if (name.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        if (UTF7_LABELS.contains(name)) {
            return UTF_7;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    static String decode(byte[] bytes, String label) {
        if (bytes.length == 0) {
            return "";
        }
        Charset declared = resolve(label);
        boolean weak = label == null || WEAK_LABELS.contains(label.strip().toLowerCase(Locale.ROOT)) || declared == null;
        if (!weak) {
            String text = strict(bytes, declared);
            if (text != null) {
                return text;
            }
        }
        if (isAscii(bytes)) {
            return new String(bytes, StandardCharsets.US_ASCII);
        }
        String utf8 = mostlyUtf8(bytes);
        if (utf8 != null) {
            return utf8;
        }
        String detectedName = detect(bytes);
        Charset detected = resolve(detectedName);
        String upper = detectedName == null ? "" : detectedName.toUpperCase(Locale.ROOT);
        if (detected != null && OTHER_SCRIPTS.contains(upper)) {
            // Cyrillic, Greek, Hebrew: GB18030 would read them as (wrong) Chinese characters
            String text = strict(bytes, detected);
            if (text != null) {
                return text;
            }
        }
        if ((detected == null || LATIN.contains(upper)) && highByteShare(bytes) < 0.25 && hasLoneHighByte(bytes)) {
            // a few accented letters among Latin text ("Formação"), not Chinese, where nearly every byte is high
            return new String(bytes, Charset.forName("windows-1252"));
        }
        if (detected != null && isChinese(detectedName)) {
            String text = strict(bytes, detected);
            if (text != null) {
                return text;
            }
        }
        if (declared != null) {
            // a weak label the detector does not contradict with a Chinese charset: take it at its word
            return new String(bytes, declared);
        }
        // no label at all, in a Chinese mailbox: GB18030 first (short texts defeat detection), then Big5
        String gb = strict(bytes, GB18030);
        if (gb != null) {
            return gb;
        }
        String big5 = strict(bytes, BIG5_HKSCS);
        if (big5 != null) {
            return big5;
        }
        if (detected != null) {
            String text = strict(bytes, detected);
            if (text != null) {
                return text;
            }
        }
        return new String(bytes, GB18030);
    }

    /**
     * UTF-8, allowing a character cut off at the end or a rare broken sequence (mailers truncate long file names
     * mid-character): null unless the bytes are clearly UTF-8.
     */
    static String mostlyUtf8(byte[] bytes) {
        String strict = strict(bytes, StandardCharsets.UTF_8);
        if (strict != null) {
            return strict;
        }
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        long broken = lenient.chars().filter(c -> c == '\uFFFD').count();
        long multiByte = lenient.chars().filter(c -> c > 0x7F && c != '\uFFFD').count();
        if (broken <= 2 && multiByte >= 4 * broken) {
            return lenient.replace("\uFFFD", "");
        }
        return null;
    }

    /**
     * Whether a byte above 0x7F stands alone between ASCII bytes: in GB2312 text both bytes of a character are high,
     * so a lone one means accented Latin letters ("Verão"), rarely a GBK extension character.
     */
    private static boolean hasLoneHighByte(byte[] bytes) {
        int run = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i < bytes.length && bytes[i] < 0) {
                run++;
            } else {
                if (run == 1) {
                    return true;
                }
                run = 0;
            }
        }
        return false;
    }

    private static double highByteShare(byte[] bytes) {
        int high = 0;
        for (byte b : bytes) {
            if (b < 0) {
                high++;
            }
        }
        return (double) high / bytes.length;
    }

    private static boolean isChinese(String charsetName) {
        String name = charsetName.toUpperCase(Locale.ROOT);
        return name.startsWith("GB") || name.startsWith("BIG5") || name.startsWith("HZ") || name.contains("EUC-TW")
                || name.startsWith("ISO-2022-CN");
    }

    private static String detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
