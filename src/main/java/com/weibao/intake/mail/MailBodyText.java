package com.weibao.intake.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of a mail body: HTML turned into clean text (jsoup), and the quoted history and signature
 * cut off where they are recognisable (Outlook, Foxmail, QQ, NetEase, Gmail, Apple Mail, in Chinese and
 * English). When cutting would leave nothing, the whole text is kept: better too much than nothing.
 */
final class MailBodyText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "tr", "table", "ul", "ol", "h1", "h2", "h3", "h4",
            "h5", "h6", "pre", "section", "article", "header", "footer", "address", "hr", "center", "form", "dl", "dt",
            "dd", "blockquote");

    /** Lines from which on everything is quoted history. */
    private static final List<Pattern> HISTORY = List.of(
            Pattern.compile("^-{2,}\\s*(original message|forwarded message|原始邮件|邮件原件|原邮件|转发邮件|回复的原邮件)\\s*-{2,}.*",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^_{10,}\\s*$"),
            Pattern.compile("^on .{1,300}wrote:\\s*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(在|於|于)?\\s*\\S.{0,300}(写道|寫道)\\s*[:：]\\s*$"),
            Pattern.compile("^>?\\s*(from|发件人|寄件者|寄件人)\\s*[:：].*", Pattern.CASE_INSENSITIVE));

    /** What follows a "From:" line in a quoted header block, for the last pattern above. */
    private static final Pattern HEADER_BLOCK = Pattern.compile(
            "^>?\\s*(sent|date|to|subject|发送时间|发件时间|日期|时间|收件人|主题|寄件日期|傳送時間)\\s*[:：].*",
            Pattern.CASE_INSENSITIVE);

    /** Lines from which on everything is a signature. */
    private static final List<Pattern> SIGNATURE = List.of(
            Pattern.compile("^-- ?$"),
            Pattern.compile("^(发自我的|来自我的|從我的|sent from my |get outlook for ).*", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^发自\\s*(网易邮箱|qq邮箱|手机|outlook|wps|钉钉|企业微信|huawei|华为|小米).*", Pattern.CASE_INSENSITIVE));

    private MailBodyText() {
    }

    /** The text of an HTML body, paragraphs on their own lines, without quoted mails, styles or scripts. */
    static String fromHtml(String html) {
        Document document = Jsoup.parse(html);
        document.select("head, style, script, title, meta, blockquote, div.gmail_quote, div.moz-cite-prefix, "
                + "div#divRplyFwdMsg ~ *, div#divRplyFwdMsg, div#appendonsend ~ *").remove();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String content = t.getWholeText().replaceAll("[\\s\\u00a0]+", " ");
                    if (text.isEmpty() || text.charAt(text.length() - 1) == '\n') {
                        content = content.stripLeading();
                    }
                    text.append(content);
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        text.append('\n');
                    } else if (tag.equals("li")) {
                        newLine(text);
                        text.append("- ");
                    } else if (tag.equals("td") || tag.equals("th")) {
                        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                            text.append('\t');
                        }
                    } else if (BLOCKS.contains(tag)) {
                        newLine(text);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && (BLOCKS.contains(e.normalName()) || e.normalName().equals("li"))) {
                    newLine(text);
                }
            }
        }, document.body() == null ? document : document.body());
        return tidy(text.toString());
    }

    /** The new part of a reply: without the quoted history and the signature, when they are recognisable. */
    static String withoutHistoryAndSignature(String text) {
        List<String> lines = text.replace("\r\n", "\n").replace('\u00a0', ' ').lines().toList();
        int end = lines.size();
        for (int i = 0; i < lines.size() && end == lines.size(); i++) {
            String line = lines.get(i).strip();
            for (int p = 0; p < HISTORY.size(); p++) {
                if (HISTORY.get(p).matcher(line).matches()
                        && (p < HISTORY.size() - 1 || followedByHeaderBlock(lines, i))) {
                    end = i;
                    break;
                }
            }
        }
        for (int i = 0; i < end; i++) {
            String line = lines.get(i).equals("-- ") ? "-- " : lines.get(i).strip();
            if (SIGNATURE.stream().anyMatch(s -> s.matcher(line).matches())) {
                end = i;
                break;
            }
        }
        List<String> kept = new ArrayList<>(lines.subList(0, end));
        // a trailing block of ">"-quoted lines is history too
        int last = kept.size();
        while (last > 0 && (kept.get(last - 1).isBlank() || kept.get(last - 1).startsWith(">"))) {
            last--;
        }
        String result = tidy(String.join("\n", kept.subList(0, last)));
        return result.isBlank() ? tidy(text) : result;
    }

    private static boolean followedByHeaderBlock(List<String> lines, int from) {
        for (int i = from + 1; i < Math.min(lines.size(), from + 5); i++) {
            if (HEADER_BLOCK.matcher(lines.get(i).strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    private static void newLine(StringBuilder text) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    /** Trailing spaces off, at most one empty line in a row, no empty lines at either end. */
    static String tidy(String text) {
        String result = text.replace("\r\n", "\n").lines().map(String::stripTrailing)
                .reduce(new StringBuilder(), (b, l) -> b.append(l).append('\n'), StringBuilder::append).toString();
        return result.replaceAll("\n{3,}", "\n\n").strip();
    }
}
