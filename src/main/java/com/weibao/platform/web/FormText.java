package com.weibao.platform.web;

/**
 * Text that a Camunda Form's text component shows as written. Tasklist inserts the variables into the component's
 * template and renders the result as Markdown (form-js: marked, GitHub flavour), so a reporter's summary, a mail's
 * body or a caller's message would become links, headings and HTML. Each ASCII punctuation character is escaped with
 * a backslash, which CommonMark always renders as that character: no markup, no HTML, no autolinked address or URL,
 * and no template braces. Line breaks stay line breaks.
 */
public final class FormText {

    private FormText() {
    }

    public static String literal(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder literal = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 && isPunctuation(c)) {
                literal.append('\\');
            }
            literal.append(c);
        }
        return literal.toString();
    }

    private static boolean isPunctuation(char c) {
        return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
    }
}
