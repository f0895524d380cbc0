package com.weibao.intake;

/**
 * Phone numbers as the hotline, a case form or a contact list writes them ("+86 138 0000 0000",
 * "020-0000 0000", "8602000000000"), reduced to one comparable form: the national number, digits only
 * (mobile "13800000000", landline with its trunk 0 "02000000000").
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** The comparable form, or null when there are fewer than 3 digits. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String digits = raw.replaceAll("[^0-9]", "");
        boolean international = raw.strip().startsWith("+") || digits.startsWith("0086");
        if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (international && digits.startsWith("86")) {
            digits = digits.substring(2);
        } else if (digits.startsWith("86") && digits.length() >= 12) {
            digits = digits.substring(2);
            international = true;
        }
        if (international && !isMobile(digits) && !digits.startsWith("0")) {
            digits = "0" + digits;
        }
        return digits.length() < 3 ? null : digits;
    }

    public static boolean sameNumber(String a, String b) {
        String left = normalize(a);
        return left != null && left.equals(normalize(b));
    }

    /** The last digits, enough to narrow a search among stored numbers written in any style. */
    static String tail(String normalized, int length) {
        return normalized.length() <= length ? normalized : normalized.substring(normalized.length() - length);
    }

    private static boolean isMobile(String digits) {
        return digits.length() == 11 && digits.charAt(0) == '1' && digits.charAt(1) >= '3';
    }
}
