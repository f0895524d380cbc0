package com.weibao.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Decoding of what real (Chinese) mailers send: charsets, encodings, broken labels, MIME structure, reports. */
class MailParserTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");

    static Stream<Arguments> bodies() {
        return Stream.of(
                // label, bytes, expected text
                Arguments.of("gb2312", "朱镕基、陶喆：GB2312 标签里的 GBK 字".getBytes(GBK), "朱镕基、陶喆：GB2312 标签里的 GBK 字"),
                Arguments.of("GBK", "门诊收费处打印失败".getBytes(GBK), "门诊收费处打印失败"),
                Arguments.of("gb18030", "生僻字𠮷与䶮".getBytes(GB18030), "生僻字𠮷与䶮"),
                Arguments.of("big5", "門診系統無法登入".getBytes(BIG5), "門診系統無法登入"),
                Arguments.of("utf-8", "系统很慢".getBytes(StandardCharsets.UTF_8), "系统很慢"),
                Arguments.of(null, "没有标签的 UTF-8 正文".getBytes(StandardCharsets.UTF_8), "没有标签的 UTF-8 正文"),
                Arguments.of(null, "没有字符集标签的邮件正文，使用简体中文书写，请尽快处理。".getBytes(GBK),
                        "没有字符集标签的邮件正文，使用简体中文书写，请尽快处理。"),
                Arguments.of("iso-8859-1", "标签写错了，实际是国标编码的中文内容，请尽快处理。".getBytes(GBK),
                        "标签写错了，实际是国标编码的中文内容，请尽快处理。"),
                Arguments.of("us-ascii", "标签是 ASCII 实际是 UTF-8".getBytes(StandardCharsets.UTF_8), "标签是 ASCII 实际是 UTF-8"),
                Arguments.of("utf-8", "标签是 UTF-8，实际是国标编码的中文内容，请尽快处理。".getBytes(GBK),
                        "标签是 UTF-8，实际是国标编码的中文内容，请尽快处理。"),
                Arguments.of("x-unknown-charset", "未知字符集".getBytes(StandardCharsets.UTF_8), "未知字符集"),
                Arguments.of("iso-8859-1", "Grüße aus Köln".getBytes(StandardCharsets.ISO_8859_1), "Grüße aus Köln"));
    }

    @ParameterizedTest
    @MethodSource("bodies")
    void decodesTextWhateverItsLabelSays(String label, byte[] bytes, String expected) {
        assertThat(MailCharsets.decode(bytes, label)).isEqualTo(expected);
    }

    static Stream<Arguments> headers() {
        return Stream.of(
                Arguments.of("=?gb2312?B?" + b64("朱镕基".getBytes(GBK)) + "?=", "朱镕基"),
                Arguments.of("=?GBK?Q?=B4=F2=D3=A1?= test", "打印 test"),
                Arguments.of("=?UTF-8?B?" + b64(new byte[] {(byte) 0xE7, (byte) 0xB3}) + "?= =?UTF-8?B?"
                        + b64(new byte[] {(byte) 0xBB, (byte) 0xE7, (byte) 0xBB, (byte) 0x9F}) + "?=", "系统"),
                Arguments.of("Re: =?utf-8*zh-CN?B?" + b64("回复".getBytes(StandardCharsets.UTF_8)) + "?=", "Re: 回复"),
                Arguments.of("=?big5?B?" + b64("繁體".getBytes(BIG5)) + "?=\r\n =?big5?B?" + b64("中文".getBytes(BIG5))
                        + "?=", "繁體中文"),
                Arguments.of("plain ascii", "plain ascii"),
                Arguments.of(new String("服务器宕机".getBytes(GBK), StandardCharsets.ISO_8859_1), "服务器宕机"));
    }

    @ParameterizedTest
    @MethodSource("headers")
    void decodesHeaderValues(String raw, String expected) {
        assertThat(MailHeaders.decode(raw)).isEqualTo(expected);
    }

    @Test
    void readsRawGbkHeadersOfOldMailers() {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        raw.writeBytes("From: ".getBytes(StandardCharsets.US_ASCII));
        raw.writeBytes("\"李工\"".getBytes(GBK));
        raw.writeBytes(" <li@renmin.example>\r\nSubject: ".getBytes(StandardCharsets.US_ASCII));
        raw.writeBytes("服务器宕机了，请尽快处理".getBytes(GBK));
        raw.writeBytes("\r\nMessage-ID: <a@b>\r\nContent-Type: text/plain; charset=gbk\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        raw.writeBytes("数据库服务器宕机。".getBytes(GBK));

        ParsedMail mail = MailParser.parse(raw.toByteArray());

        assertThat(mail.subject()).isEqualTo("服务器宕机了，请尽快处理");
        assertThat(mail.fromName()).isEqualTo("李工");
        assertThat(mail.fromAddress()).isEqualTo("li@renmin.example");
        assertThat(mail.text()).isEqualTo("数据库服务器宕机。");
        assertThat(mail.messageKey()).isEqualTo(MailParser.keyOfMessageId("<a@b>"));
    }

    @Test
    void prefersPlainTextOverHtmlAndKeepsRfc2231FileNames() {
        String raw = """
                From: =?UTF-8?B?546L5oqk5aOr?= <Nurse@Renmin.Example>
                Subject: test
                Message-ID: <m1@x>
                In-Reply-To: <ack-1@weibao.local>
                References: <root@x> <ack-1@weibao.local>
                Content-Type: multipart/mixed; boundary=X

                --X
                Content-Type: multipart/alternative; boundary=Y

                --Y
                Content-Type: text/plain; charset=utf-8

                纯文本正文
                --Y
                Content-Type: text/html; charset=utf-8

                <p>HTML 正文</p>
                --Y--
                --X
                Content-Type: application/pdf
                Content-Disposition: attachment; filename*0*=UTF-8''%E6%95%85%E9%9A%9C;
                 filename*1*=%E6%8A%A5%E5%91%8A.pdf

                %PDF
                --X--
                """.replace("\n", "\r\n");

        ParsedMail mail = MailParser.parse(raw.getBytes(StandardCharsets.UTF_8));

        assertThat(mail.fromAddress()).isEqualTo("nurse@renmin.example");
        assertThat(mail.fromName()).isEqualTo("王护士");
        assertThat(mail.text()).isEqualTo("纯文本正文");
        assertThat(mail.files()).singleElement().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo("故障报告.pdf");
            assertThat(f.contentType()).isEqualTo("application/pdf");
        });
        assertThat(mail.inReplyTo()).containsExactly("<ack-1@weibao.local>", "<root@x>");
        assertThat(mail.isReport()).isFalse();
    }

    @Test
    void turnsHtmlIntoCleanTextWithoutTheQuotedMail() {
        String html = "<html><head><style>p{color:red}</style></head><body><div>您好，</div><p>系统<b>无法</b>登录。</p>"
                + "<ul><li>门诊</li><li>住院</li></ul><div id=\"divRplyFwdMsg\"><b>发件人:</b> Weibao</div>"
                + "<div>旧邮件内容</div><blockquote>引用</blockquote></body></html>";
        assertThat(MailBodyText.fromHtml(html)).isEqualTo("您好，\n系统无法登录。\n- 门诊\n- 住院");
    }

    static Stream<Arguments> replies() {
        return Stream.of(
                Arguments.of("好的，已重启。\n\n-----Original Message-----\nFrom: Weibao\nSent: today\n> old", "好的，已重启。"),
                Arguments.of("好的。\n\n------------------ 原始邮件 ------------------\n发件人: \"Weibao\"", "好的。"),
                Arguments.of("收到。\n\n在 2026年11月22日 10:00，Weibao <helpdesk@weibao.local> 写道：\n> 已受理", "收到。"),
                Arguments.of("Thanks.\n\nOn Sun, Nov 22, 2026 at 10:00 AM Weibao <helpdesk@weibao.local> wrote:\n> x", "Thanks."),
                Arguments.of("已处理。\n\n发件人: Weibao <helpdesk@weibao.local>\n发送时间: 2026年11月22日\n主题: x", "已处理。"),
                Arguments.of("问题依旧。\n\n发自我的iPhone", "问题依旧。"),
                Arguments.of("问题依旧。\n-- \n王护士\n门诊收费处", "问题依旧。"),
                Arguments.of("第一行\n> 引用一\n> 引用二", "第一行"),
                Arguments.of("发件人: 只有这一行不是引用头", "发件人: 只有这一行不是引用头"),
                Arguments.of("-----Original Message-----\nonly history", "-----Original Message-----\nonly history"));
    }

    @ParameterizedTest
    @MethodSource("replies")
    void cutsQuotedHistoryAndSignatures(String text, String expected) {
        assertThat(MailBodyText.withoutHistoryAndSignature(text)).isEqualTo(expected);
    }

    @Test
    void recognisesADeliveryReportAndWhatItIsAbout() {
        String raw = """
                From: Mail Delivery System <MAILER-DAEMON@mx.example>
                Subject: Undelivered Mail Returned to Sender
                Message-ID: <dsn-1@mx.example>
                Content-Type: multipart/report; report-type=delivery-status; boundary=R

                --R
                Content-Type: text/plain

                mailbox full
                --R
                Content-Type: message/rfc822

                From: helpdesk@weibao.local
                Message-ID: <weibao.7.abc@weibao.local>
                X-Weibao-Reference: WB-2026-000007
                Subject: [WB-2026-000007] x

                body
                --R--
                """.replace("\n", "\r\n");

        ParsedMail mail = MailParser.parse(raw.getBytes(StandardCharsets.US_ASCII));

        assertThat(mail.isReport()).isTrue();
        assertThat(mail.report().type()).isEqualTo("delivery-status");
        assertThat(mail.report().summary()).contains("mailbox full");
        assertThat(mail.report().originalMessageIds()).containsExactly("<weibao.7.abc@weibao.local>");
        assertThat(mail.report().originalReferences()).containsExactly("WB-2026-000007");
    }

    @Test
    void aMailThatCannotBeReadSaysWhy() {
        byte[] raw = sample("uuencode-without-begin.eml");
        assertThatThrownBy(() -> MailParser.parse(raw))
                .isInstanceOf(UnreadableMailException.class).hasMessageContaining("cannot read the mail");
        assertThat(MailParser.keyOf(raw)).isEqualTo(MailParser.keyOfMessageId("<uu-1@renmin.example>"));
    }

    @Test
    void aMultipartWhoseBoundaryNeverComesIsReadAsText() {
        ParsedMail mail = MailParser.parse(sample("missing-start-boundary.eml"));
        assertThat(mail.text()).isEqualTo("叫号屏黑屏，请处理。");
    }

    @Test
    void contentTypeParametersAMailerMangledAreReadLeniently() {
        ParsedMail mail = MailParser.parse(sample("double-semicolon-content-type.eml"));
        assertThat(mail.text()).isEqualTo("打印机卡纸");
        assertThat(MailParser.lenientContentType("text/plain;; charset=\"gbk\"; =x; name").getParameter("charset"))
                .isEqualTo("gbk");
        assertThat(MailParser.lenientContentType("nonsense; charset=utf-8").getBaseType()).isEqualTo("text/plain");
    }

    @Test
    void utf7SubjectsAreDecoded() {
        assertThat(MailParser.parse(sample("utf7-subject.eml")).subject()).isEqualTo("文件 test");
    }

    @Test
    void rfc6532Utf8AddressesAndHeadersAreReadAsUtf8() {
        ParsedMail mail = MailParser.parse(sample("rfc6532-utf8-address.eml"));
        assertThat(mail.fromAddress()).isEqualTo("jdöe@mächine.example");
        assertThat(mail.fromName()).isEqualTo("Jöe Düe");
        assertThat(mail.subject()).isEqualTo("Säying Hello");
    }

    @Test
    void raw8BitLatin1InsideAnEncodedWordIsReadInTheWordsCharset() {
        assertThat(MailParser.parse(sample("latin1-in-encoded-word.eml")).subject()).isEqualTo("Frösche im Teich");
    }

    @Test
    void cyrillicWithoutALabelIsNotTakenForChinese() {
        assertThat(MailParser.parse(sample("koi8r-unlabelled.eml")).text())
                .startsWith("Картинка с очень длинным именем.");
        byte[] cutName = "Картинка с очень длинным".getBytes(StandardCharsets.UTF_8);
        byte[] truncated = java.util.Arrays.copyOf(cutName, cutName.length - 1);
        assertThat(MailCharsets.decode(truncated, null)).isEqualTo("Картинка с очень длинны");
        assertThat(MailHeaders.decode(new String("Formação Verão".getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.ISO_8859_1))).isEqualTo("Formação Verão");
    }

    @Test
    void whitespaceBetweenAdjacentEncodedWordsIsDroppedWhateverTheirCharsets() {
        assertThat(MailParser.parse(sample("adjacent-encoded-words.eml")).subject())
                .isEqualTo("If you can read this you understand the example.");
    }

    @Test
    void aMailWithoutSenderIsReadWithItsText() {
        ParsedMail mail = MailParser.parse(sample("no-sender.eml"));
        assertThat(mail.fromAddress()).isNull();
        assertThat(mail.subject()).isEqualTo("无发件人的报修");
        assertThat(mail.text()).isEqualTo("住院部打印机卡纸。");
    }

    static byte[] sample(String name) {
        try (var in = MailParserTest.class.getResourceAsStream("/mail/" + name)) {
            return in.readAllBytes();
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("test mail " + name, e);
        }
    }

    @Test
    void strayCharactersInBase64AreSkippedAsMatureReadersDo() {
        String raw = "From: a@b.example\r\nMessage-ID: <x@y>\r\nContent-Type: text/plain; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + b64("打印机无法出票".getBytes(StandardCharsets.UTF_8)).replaceFirst("(.{8})", "$1!*") + "\r\n";
        assertThat(MailParser.parse(raw.getBytes(StandardCharsets.US_ASCII)).text()).isEqualTo("打印机无法出票");
    }

    @ParameterizedTest
    @ValueSource(strings = {"7-bit", "8bits", "plain", "text", " 8BIT "})
    void transferEncodingNamesMailersInventForAsIsReadAsIdentity(String name) {
        String raw = "From: a@b.example\r\nMessage-ID: <x@y>\r\nContent-Type: text/plain; charset=utf-8\r\n"
                + "Content-Transfer-Encoding: " + name + "\r\n\r\n叫号屏黑屏\r\n";
        assertThat(MailParser.parse(raw.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("叫号屏黑屏");
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void theContentHashIgnoresWhatEachDeliveryAddsAndTellsOtherContentApart() {
        String mail = "From: a@renmin.example\r\nMessage-ID: <same@renmin.example>\r\nSubject: x\r\n\r\nbody\r\n";
        String delivered = "Return-Path: <a@renmin.example>\r\nReceived: from mx.example\r\n\tby mail.weibao.local;"
                + " Wed, 2 Dec 2026 08:00:00 +0800\r\nDelivered-To: helpdesk@weibao.local\r\n" + mail;
        String other = mail.replace("body", "another body");

        assertThat(MailParser.contentHash(bytes(delivered))).isEqualTo(MailParser.contentHash(bytes(mail)));
        assertThat(MailParser.contentHash(bytes(mail.replace("\r\n", "\n")))).isEqualTo(MailParser.contentHash(bytes(mail)));
        assertThat(MailParser.contentHash(bytes(other))).isNotEqualTo(MailParser.contentHash(bytes(mail)));
        assertThat(MailParser.keyOf(bytes(other))).as("the key still comes from the Message-ID")
                .isEqualTo(MailParser.keyOf(bytes(mail)));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
