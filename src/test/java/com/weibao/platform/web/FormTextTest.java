package com.weibao.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a reporter wrote, rendered as Markdown as Tasklist renders a text component, shows as written: no link,
 * heading, emphasis, list, image or HTML, and the same characters; and nothing is left for GitHub's autolinks
 * (form-js's marked finds them in the source, where the escapes break them) or for the form's templates.
 */
class FormTextTest {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();
    /** What GitHub's extended autolinks and the forms' templates start from. */
    private static final Pattern AUTOLINK_OR_TEMPLATE = Pattern.compile("(?i)https?:|ftp:|www\\.|[^\\\\]@|\\{\\{");
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {
            "[点这里](http://evil.example)",
            "# 标题",
            "<b>粗体</b>",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "![图](http://evil.example/x.png)",
            "http://evil.example/login?next=/",
            "www.evil.example",
            "请回复 wang.nurse@renmin.example",
            "**粗** _斜_ `代码` ~~删~~",
            "1. 第一步",
            "- 列表",
            "> 引用",
            "---",
            "标题\n===",
            "{{caseView.number}}",
            "&lt;b&gt; &amp; \\ 反斜杠",
            "| 列 | 列 |\n|---|---|",
    })
    void reporterTextShowsAsWritten(String written) {
        String literal = FormText.literal(written);

        assertThat(AUTOLINK_OR_TEMPLATE.matcher(literal).find()).as(literal).isFalse();
        String html = HTML.render(MARKDOWN.parse(literal));
        assertThat(html).doesNotContain("<a ", "<h1", "<h2", "<b>", "<strong", "<em", "<code", "<img", "<script",
                "<ol", "<ul", "<blockquote", "<hr", "<del", "<table");
        assertThat(TEXT.render(MARKDOWN.parse(literal)).replace("\n", ""))
                .isEqualTo(written.replace("\n", ""));
    }

    @Test
    void nothingIsAnEmptyText() {
        assertThat(FormText.literal(null)).isEmpty();
        assertThat(FormText.literal("电子票据无法开具，请尽快处理")).isEqualTo("电子票据无法开具，请尽快处理");
    }
}
