package com.weibao.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.weibao.platform.DisplayTimes;
import com.weibao.support.EngineRest;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import com.weibao.support.TestMail;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The mail intake against a real mail server (GreenMail): mails sent over SMTP to the support mailbox, read by the
 * application's Camel IMAP consumer, turned into cases and notes, answered over SMTP.
 */
class MailIntakeIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");

    @Autowired
    CamelContext camel;

    @Autowired
    InboundMailRepository ledger;

    // ---------------------------------------------------------------- new mail, sender mapping, acknowledgement

    @Test
    void aMailFromAKnownAddressOpensACaseOfItsContractAndIsAcknowledgedInItsThread() throws Exception {
        String marker = marker();
        TestMail mail = TestMail.from("\"王护士\" <it-renmin@renmin.example>", HELPDESK, "开票失败 " + marker)
                .base64Body("text/plain", "UTF-8", "收费窗口无法开具电子票据，提示证书无效。\n\n-- \n王护士 门诊收费处",
                        StandardCharsets.UTF_8);
        send(mail);

        JsonNode c = awaitCase(marker);
        assertThat(c.at("/contract/code").asText()).isEqualTo("e-invoice");
        assertThat(c.at("/hospital/code").asText()).isEqualTo("renmin");
        assertThat(c.get("channel").asText()).isEqualTo("EMAIL");
        assertThat(c.at("/reporter/name").asText()).isEqualTo("王护士");
        assertThat(c.at("/reporter/email").asText()).isEqualTo("it-renmin@renmin.example");
        assertThat(c.get("summary").asText()).isEqualTo("开票失败 " + marker);
        assertThat(c.get("description").asText()).isEqualTo("收费窗口无法开具电子票据，提示证书无效。")
                .as("signature trimmed");
        assertThat(c.get("status").asText()).isEqualTo("NEW");

        MimeMessage ack = awaitMailTo("it-renmin@renmin.example", c.get("number").asText());
        assertThat(ack.getSubject()).startsWith("[" + c.get("number").asText() + "] 已收到您的报修");
        assertThat(ack.getHeader("Auto-Submitted")[0]).isEqualTo("auto-replied");
        // the sender's name as the mail server holds it: RFC 2047-encoded, never raw UTF-8 (shown as "Weibao ?????")
        String from = ack.getHeader("From")[0];
        assertThat(from).matches("\\p{ASCII}+").contains("=?UTF-8?");
        assertThat(MimeUtility.decodeText(MimeUtility.unfold(from))).isEqualTo("Weibao 维保服务台 <helpdesk@weibao.local>");
        assertThat(ack.getHeader("In-Reply-To")[0]).isEqualTo(mail.messageId());
        assertThat(ack.getHeader("References")[0]).contains(mail.messageId());
        assertThat((String) ack.getContent()).contains(c.get("number").asText());
        // the acknowledgement promises the contract's response deadline, as the case's RESPONSE target has it
        JsonNode response = StreamSupport.stream(c.get("slaTargets").spliterator(), false)
                .filter(t -> t.get("kind").asText().equals("RESPONSE")).findFirst().orElseThrow();
        assertThat((String) ack.getContent()).contains("我们将在 "
                + DisplayTimes.format(Instant.parse(response.get("dueAt").asText())) + "（北京时间）前响应");
        // the hospital's IT department sees it (its tenant), another hospital does not
        assertThat(http().get("it-renmin", "/api/cases/" + c.get("number").asText()).status()).isEqualTo(200);
        assertThat(http().get("it-fuscc", "/api/cases/" + c.get("number").asText()).status()).isEqualTo(404);
    }

    @Test
    void aMailFromAKnownDomainBelongsToThatDomainsContract() {
        String marker = marker();
        send(TestMail.from("nurse.li@fuscc.example", HELPDESK, "互联网医院无法支付 " + marker)
                .eightBitBody("text/plain", "utf-8", "扫码支付一直转圈。", StandardCharsets.UTF_8));

        JsonNode c = awaitCase(marker);
        assertThat(c.at("/contract/code").asText()).isEqualTo("fuscc-internet-hospital");
        assertThat(c.at("/reporter/name").asText()).isEqualTo("nurse.li");
    }

    @Test
    void anUnknownSendersMailGoesToTriageWhereTheAgentAssignsTheContract() throws Exception {
        String marker = marker();
        send(TestMail.from("\"张工\" <zhang@new-hospital.example>", HELPDESK, "叫号屏黑屏 " + marker)
                .base64Body("text/plain", "UTF-8", "三楼诊室叫号屏黑屏。", StandardCharsets.UTF_8));

        JsonNode c = awaitCase(marker);
        String number = c.get("number").asText();
        assertThat(c.get("contract").isNull()).isTrue();
        assertThat(c.get("hospital").isNull()).isTrue();
        assertThat(http().get("it-zhongyi", "/api/cases/" + number).status()).as("no hospital sees it").isEqualTo(404);
        assertThat(c.get("slaTargets")).as("no contract, no promises yet").isEmpty();
        MimeMessage ack = awaitMailTo("zhang@new-hospital.example", number);
        assertThat((String) ack.getContent()).doesNotContain("前响应").contains("尚未登记在维保合同中");

        EngineRest engine = new EngineRest(http());
        String instanceId = engine.get("lead", "/process-instance?businessKey=" + number).get(0).get("id").asText();
        JsonNode triage = engine.visibleTask("agent", instanceId);
        assertThat(triage.get("taskDefinitionKey").asText()).isEqualTo("Task_TriageCase");
        JsonNode view = JSON.readTree(engine.formVariables("agent", triage.get("id").asText())
                .at("/caseView/value").asText());
        assertThat(view.get("needsContract").asBoolean()).isTrue();
        assertThat(view.get("contractOptions")).extracting(o -> o.get("value").asText()).contains("queue-call");
        assertThat(view.get("contractSystemOptions")).anySatisfy(o -> {
            assertThat(o.get("contract").asText()).isEqualTo("queue-call");
            assertThat(o.get("value").asText()).isEqualTo("room-screen");
        });

        Map<String, Object> withoutContract = Map.of("triageDecision", "ACCEPT", "systemCode", "room-screen",
                "category", "FAULT", "priority", "P3");
        assertThat(engine.submitTaskForm("agent", triage.get("id").asText(), withoutContract).status())
                .as("triage needs the contract").isIn(400, 500);

        Map<String, Object> form = new HashMap<>(withoutContract);
        form.put("triageContract", "queue-call");
        Http.Response done = engine.submitTaskForm("agent", triage.get("id").asText(), form);
        assertThat(done.status()).as(done.text()).isEqualTo(204);

        JsonNode triaged = http().get("agent", "/api/cases/" + number).json();
        assertThat(triaged.at("/contract/code").asText()).isEqualTo("queue-call");
        assertThat(triaged.at("/system/code").asText()).isEqualTo("room-screen");
        assertThat(triaged.get("status").asText()).isEqualTo("TRIAGED");
        assertThat(triaged.get("history")).anySatisfy(e -> assertThat(e.get("type").asText())
                .isEqualTo("CONTRACT_ASSIGNED"));
        // the contract's promises count from when the mail came in
        assertThat(triaged.get("slaTargets")).isNotEmpty().allSatisfy(t -> assertThat(t.get("startedAt").asText())
                .isEqualTo(triaged.get("reportedAt").asText()));
        assertThat(http().get("it-zhongyi", "/api/cases/" + number).status()).isEqualTo(200);
        // the case goes on in a process of the hospital's tenant (移交医院处理), see UnassignedCaseIsolationIT
        JsonNode handedOver = engine.get("lead", "/process-instance?businessKey=" + number).get(0);
        assertThat(handedOver.get("id").asText()).isNotEqualTo(instanceId);
        assertThat(handedOver.get("tenantId").asText()).isEqualTo("zhongyi");
        JsonNode dispatch = await().atMost(Duration.ofSeconds(30)).until(
                () -> engine.visibleTask("agent", handedOver.get("id").asText()), t -> t != null);
        assertThat(dispatch.get("taskDefinitionKey").asText()).isEqualTo("Task_DispatchCase");
        assertThat(engine.get("lead", "/process-instance/" + handedOver.get("id").asText()
                + "/variables/contractCode").get("value").asText()).isEqualTo("queue-call");
    }

    @Test
    void theRestApiStillRequiresAContract() {
        Map<String, Object> request = caseRequest("无合同");
        request.remove("contract");
        Http.Response response = http().post("agent", "/api/cases", request);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("contract");
    }

    // ---------------------------------------------------------------- replies

    @Test
    void aReplyWithTheCaseTagBecomesANoteAndOneByHeadersToo() throws Exception {
        String marker = marker();
        // a sender of its own: an open case of it-zhongyi's address would take that user's WeChat messages as notes
        String sender = "fenzhen-" + UUID.randomUUID().toString().substring(0, 8) + "@zhongyi.example";
        TestMail first = TestMail.from(sender, HELPDESK, "分诊台软件报错 " + marker)
                .base64Body("text/plain", "UTF-8", "分诊台登录后报错。", StandardCharsets.UTF_8);
        send(first);
        String number = awaitCase(marker).get("number").asText();
        MimeMessage ack = awaitMailTo(sender, number);

        send(TestMail.from(sender, HELPDESK, "Re: [" + number + "] 已收到您的报修")
                .header("In-Reply-To", ack.getMessageID())
                .base64Body("text/plain", "UTF-8", "补充：错误代码 E-42。\n\n在 2026年11月22日 10:00，Weibao 写道：\n> 已收到",
                        StandardCharsets.UTF_8));
        send(TestMail.from(sender, HELPDESK, "回复：报错截图")
                .header("In-Reply-To", ack.getMessageID()).header("References", first.messageId() + " "
                        + ack.getMessageID())
                .base64Body("text/plain", "UTF-8", "重启后仍然报错。\n\n------------------ 原始邮件 ------------------\n"
                        + "发件人: \"Weibao\" <helpdesk@weibao.local>\n发送时间: 2026年11月22日\n主题: 已收到", StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode c = http().get("agent", "/api/cases/" + number).json();
            List<String> notes = new ArrayList<>();
            c.get("history").forEach(e -> {
                if (e.get("type").asText().equals("NOTE")) {
                    notes.add(e.get("detail").asText());
                }
            });
            assertThat(notes).hasSize(2);
            assertThat(notes).anySatisfy(n -> assertThat(n).contains("补充：错误代码 E-42。").doesNotContain("写道")
                    .doesNotContain("> 已收到"));
            assertThat(notes).anySatisfy(n -> assertThat(n).contains("重启后仍然报错。").doesNotContain("原始邮件"));
            assertThat(c.get("history")).allSatisfy(e -> assertThat(e.get("type").asText()).isNotEqualTo("CANCELLED"));
        });
        assertThat(http().get("agent", "/api/cases?text=" + marker).json().get("totalItems").asInt())
                .as("replies open no case").isEqualTo(1);
    }

    @Test
    void theReportersReplyToACaseWaitingForThemResumesIt() throws Exception {
        String marker = marker();
        send(TestMail.from("it-nanshan@nanshan.example", HELPDESK, "报表打不开 " + marker)
                .base64Body("text/plain", "UTF-8", "月报报表打不开。", StandardCharsets.UTF_8));
        String number = awaitCase(marker).get("number").asText();
        EngineRest engine = new EngineRest(http());
        String instanceId = engine.get("lead", "/process-instance?businessKey=" + number).get(0).get("id").asText();
        complete(engine, "agent", instanceId, Map.of("triageDecision", "ACCEPT", "systemCode", "report-platform",
                "category", "FAULT", "priority", "P3"));
        complete(engine, "agent", instanceId, Map.of("assignee", "engineer1"));
        complete(engine, "engineer1", instanceId, Map.of("supportOutcome", "WAIT_FOR_REPORTER",
                "reporterQuestion", "请提供报表名称和截图"));
        assertThat(http().get("agent", "/api/cases/" + number).json().get("status").asText())
                .isEqualTo("WAITING_FOR_REPORTER");

        send(TestMail.from("it-nanshan@nanshan.example", HELPDESK, "Re: [" + number + "] 请提供截图")
                .base64Body("text/plain", "UTF-8", "报表名称：月度门诊量。", StandardCharsets.UTF_8));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode c = http().get("agent", "/api/cases/" + number).json();
            assertThat(c.get("status").asText()).isEqualTo("IN_PROGRESS");
            assertThat(c.get("history")).anySatisfy(e -> {
                assertThat(e.get("type").asText()).isEqualTo("REPORTER_REPLIED");
                assertThat(e.get("channel").asText()).isEqualTo("EMAIL");
                assertThat(e.get("detail").asText()).contains("报表名称：月度门诊量。");
            });
        });
        assertThat(engine.visibleTask("engineer1", instanceId).get("taskDefinitionKey").asText())
                .isEqualTo("Task_SupportCase");
    }

    // ---------------------------------------------------------------- attachments and decoding

    @Test
    void attachmentsAndInlineImagesAreKeptWithTheCaseWithTheirChineseNames() {
        String marker = marker();
        byte[] pdf = "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII);
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
        byte[] log = "ERROR 证书无效".getBytes(GBK);
        send(TestMail.from(renmin(), HELPDESK, "附件测试 " + marker).multipart("mixed", "OUTER",
                m -> m.line("--OUTER").header("Content-Type", "multipart/related; boundary=\"REL\"").line("")
                        .line("--REL").header("Content-Type", "text/html; charset=gb2312")
                        .header("Content-Transfer-Encoding", "base64").line("")
                        .line(TestMail.base64Lines("<html><body><p>见截图：</p><img src=\"cid:shot1\"><p>谢谢</p></body></html>"
                                .getBytes(GBK)))
                        .line("--REL").header("Content-Type", "image/png").header("Content-ID", "<shot1>")
                        .header("Content-Disposition", "inline").header("Content-Transfer-Encoding", "base64").line("")
                        .line(TestMail.base64Lines(png))
                        .line("--REL--")
                        .line("--OUTER").header("Content-Type", "application/pdf")
                        .header("Content-Disposition", "attachment; filename*=UTF-8''%E6%95%85%E9%9A%9C%E6%88%AA%E5%9B%BE.pdf")
                        .header("Content-Transfer-Encoding", "base64").line("").line(TestMail.base64Lines(pdf))
                        .line("--OUTER").header("Content-Type", "text/plain; name=\""
                                + TestMail.encodedWord("错误日志.txt", "GB2312", GBK) + "\"")
                        .header("Content-Disposition", "attachment; filename=\""
                                + TestMail.encodedWord("错误日志.txt", "GB2312", GBK) + "\"")
                        .header("Content-Transfer-Encoding", "base64").line("").line(TestMail.base64Lines(log))));

        JsonNode c = awaitCase(marker);
        assertThat(c.get("description").asText()).contains("见截图：").contains("谢谢").doesNotContain("<");
        List<String> names = new ArrayList<>();
        c.get("attachments").forEach(a -> {
            if (!a.get("kind").asText().equals("ORIGINAL_MAIL")) {
                names.add(a.get("fileName").asText());
            }
        });
        assertThat(names).containsExactlyInAnyOrder("inline-1.png", "故障截图.pdf", "错误日志.txt");
        JsonNode pdfView = find(c.get("attachments"), "故障截图.pdf");
        Http.Response download = http().get("agent", pdfView.get("href").asText());
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.header("Content-Type")).startsWith("application/pdf");
        assertThat(http().get("agent", find(c.get("attachments"), "错误日志.txt").get("href").asText()).body())
                .isEqualTo(log);
    }

    @Test
    void chineseMailIsDecodedWhateverItsCharsetAndEncoding() {
        // GB2312 label, but 镕 and 喆 exist only in GBK; 𠮷 (U+20BB7) only in GB18030 (four bytes)
        Map<String, String> expected = new HashMap<>();
        List<TestMail> mails = new ArrayList<>();
        String m1 = marker();
        mails.add(TestMail.from(renmin(), HELPDESK, TestMail.encodedWord("朱镕基 陶喆 " + m1, "gb2312", GBK))
                .base64Body("text/plain", "gb2312", "朱镕基与陶喆报修：打印机卡纸。", GBK));
        expected.put(m1, "朱镕基与陶喆报修：打印机卡纸。");
        String m2 = marker();
        mails.add(TestMail.from(renmin(), HELPDESK, "=?GBK?Q?" + qp("打印失败".getBytes(GBK)) + "?= " + m2)
                .header("Content-Type", "text/plain; charset=GBK").header("Content-Transfer-Encoding", "quoted-printable")
                .line("").line(qp("门诊收费处打印失败，请尽快处理。".getBytes(GBK))));
        expected.put(m2, "门诊收费处打印失败，请尽快处理。");
        String m3 = marker();
        mails.add(TestMail.from(renmin(), HELPDESK, TestMail.encodedWord("𠮷野家 " + m3, "GB18030", GB18030))
                .base64Body("text/plain", "GB18030", "患者姓名含生僻字𠮷与䶮，挂号失败。", GB18030));
        expected.put(m3, "患者姓名含生僻字𠮷与䶮，挂号失败。");
        String m4 = marker();
        mails.add(TestMail.from(renmin(), HELPDESK, TestMail.encodedWord("繁體測試 " + m4, "big5", BIG5))
                .base64Body("text/plain", "big5", "門診系統無法登入，請協助處理。", BIG5));
        expected.put(m4, "門診系統無法登入，請協助處理。");
        String m5 = marker();
        mails.add(TestMail.from(renmin(), HELPDESK, "=?UTF-8?Q?" + qp("系统慢".getBytes(StandardCharsets.UTF_8))
                        + "?= " + m5)
                .header("Content-Type", "text/plain; charset=UTF-8").header("Content-Transfer-Encoding", "quoted-printable")
                .line("").line(qp("系统响应很慢，每次查询超过三十秒。".getBytes(StandardCharsets.UTF_8))));
        expected.put(m5, "系统响应很慢，每次查询超过三十秒。");
        String m6 = marker();
        mails.add(TestMail.from(renmin(), HELPDESK, "no charset label " + m6)
                .eightBitBody("text/plain", null, "没有字符集标签的邮件正文，使用简体中文书写。", GBK));
        expected.put(m6, "没有字符集标签的邮件正文，使用简体中文书写。");
        String m7 = marker();
        mails.add(TestMail.from(renmin(), HELPDESK, "wrong label " + m7)
                .eightBitBody("text/plain", "iso-8859-1", "字符集标签写错了，实际是国标编码的中文内容。", GBK));
        expected.put(m7, "字符集标签写错了，实际是国标编码的中文内容。");
        String m8 = marker();
        mails.add(TestMail.from(renmin(), HELPDESK, "utf-8 labelled latin1 " + m8)
                .eightBitBody("text/plain", "us-ascii", "标签是 ASCII，实际是 UTF-8 编码。", StandardCharsets.UTF_8));
        expected.put(m8, "标签是 ASCII，实际是 UTF-8 编码。");
        mails.forEach(this::send);

        for (Map.Entry<String, String> e : expected.entrySet()) {
            JsonNode c = awaitCase(e.getKey());
            assertThat(c.get("description").asText()).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(awaitCase(m1).get("summary").asText()).isEqualTo("朱镕基 陶喆 " + m1);
        assertThat(awaitCase(m2).get("summary").asText()).isEqualTo("打印失败 " + m2);
        assertThat(awaitCase(m3).get("summary").asText()).isEqualTo("𠮷野家 " + m3);
        assertThat(awaitCase(m4).get("summary").asText()).isEqualTo("繁體測試 " + m4);
        assertThat(awaitCase(m5).get("summary").asText()).isEqualTo("系统慢 " + m5);
    }

    @Test
    void rawUtf8HeadersAreRead() {
        // RFC 6532: UTF-8 straight in the headers, as current mailers send it (raw GBK headers: MailParserTest)
        String marker = marker();
        send(TestMail.from("\"李工\" <" + renmin() + ">", HELPDESK, "服务器宕机 " + marker)
                .eightBitBody("text/plain", "utf-8", "数据库服务器宕机。", StandardCharsets.UTF_8));
        JsonNode c = awaitCase(marker);
        assertThat(c.get("summary").asText()).isEqualTo("服务器宕机 " + marker);
        assertThat(c.at("/reporter/name").asText()).isEqualTo("李工");
        assertThat(c.get("description").asText()).isEqualTo("数据库服务器宕机。");
    }

    // ---------------------------------------------------------------- loop protection and bounces

    @Test
    void automaticMailOpensACaseButIsNeverAnswered() {
        List<String> markers = new ArrayList<>();
        List<TestMail> automatic = List.of(
                TestMail.from("monitor@renmin.example", HELPDESK, "告警 " + mark(markers)).header("Auto-Submitted", "auto-generated"),
                TestMail.from("oof@renmin.example", HELPDESK, "外出 " + mark(markers)).header("X-Auto-Response-Suppress", "All"),
                TestMail.from("list@renmin.example", HELPDESK, "列表 " + mark(markers)).header("List-Id", "<it.renmin.example>"),
                TestMail.from("bulk@renmin.example", HELPDESK, "群发 " + mark(markers)).header("Precedence", "bulk"),
                TestMail.from("postmaster@renmin.example", HELPDESK, "通知 " + mark(markers)),
                TestMail.from("helpdesk@weibao.local", HELPDESK, "自己 " + mark(markers)));
        automatic.forEach(m -> send(m.base64Body("text/plain", "UTF-8", "自动邮件", StandardCharsets.UTF_8)));

        for (int i = 0; i < markers.size() - 1; i++) {
            JsonNode c = awaitCase(markers.get(i));
            assertThat(c.get("notifications")).noneSatisfy(n -> assertThat(n.get("event").asText())
                    .isEqualTo("CASE_ACKNOWLEDGED"));
        }
        String own = markers.get(markers.size() - 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> ledger.findAll().stream()
                .anyMatch(m -> m.getSubject() != null && m.getSubject().contains(own)));
        assertThat(http().get("agent", "/api/cases?text=" + own).json().get("totalItems").asInt())
                .as("Weibao's own mail opens no case").isZero();
        assertThat(ledger.findAll()).filteredOn(m -> m.getSubject() != null && m.getSubject().contains(markers.get(0)))
                .singleElement().satisfies(m -> assertThat(m.getAutoReply()).contains("Auto-Submitted"));
    }

    @Test
    void aSenderGetsAtMostFiveAcknowledgementsAnHour() {
        String sender = "loop-" + UUID.randomUUID().toString().substring(0, 8) + "@renmin.example";
        List<String> markers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            send(TestMail.from(sender, HELPDESK, "自动回复器 " + mark(markers))
                    .base64Body("text/plain", "UTF-8", "我正在休假。", StandardCharsets.UTF_8));
        }
        markers.forEach(this::awaitCase);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ledger.findAll())
                .filteredOn(m -> sender.equals(m.getSender())).hasSize(7)
                .filteredOn(m -> "SENT".equals(m.getAutoReply())).hasSize(5));
        assertThat(ledger.findAll()).filteredOn(m -> sender.equals(m.getSender()))
                .filteredOn(m -> m.getAutoReply().startsWith("none: rate limit")).hasSize(2);
    }

    @Test
    void aBounceIsKeptWithTheCaseWhoseMailCameBackNeverOpensACase() throws Exception {
        String marker = marker();
        String sender = renmin();
        send(TestMail.from(sender, HELPDESK, "退信测试 " + marker)
                .base64Body("text/plain", "UTF-8", "测试退信。", StandardCharsets.UTF_8));
        String number = awaitCase(marker).get("number").asText();
        String ackId = awaitMailTo(sender, number).getMessageID();

        String bounceMarker = marker();
        send(TestMail.from("Mail Delivery System <MAILER-DAEMON@mx.renmin.example>", HELPDESK,
                        "Undelivered Mail Returned to Sender " + bounceMarker)
                .header("Auto-Submitted", "auto-replied")
                .multipart("report; report-type=delivery-status", "DSN", m -> m
                        .line("--DSN").header("Content-Type", "text/plain; charset=us-ascii").line("")
                        .line("The mail could not be delivered: mailbox full.")
                        .line("--DSN").header("Content-Type", "message/delivery-status").line("")
                        .line("Reporting-MTA: dns; mx.renmin.example").line("")
                        .line("Final-Recipient: rfc822; it-renmin@renmin.example").line("Action: failed")
                        .line("Status: 5.2.2")
                        .line("--DSN").header("Content-Type", "text/rfc822-headers").line("")
                        .line("From: helpdesk@weibao.local").line("To: " + sender)
                        .line("Message-ID: " + ackId).line("Subject: [" + number + "] ack")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode c = http().get("agent", "/api/cases/" + number).json();
            assertThat(c.get("history")).anySatisfy(e -> {
                assertThat(e.get("type").asText()).isEqualTo("MAIL_BOUNCED");
                assertThat(e.get("detail").asText()).contains("mailbox full");
            });
            assertThat(c.get("attachments")).anySatisfy(a -> assertThat(a.get("contentType").asText())
                    .isEqualTo("message/rfc822"));
        });
        assertThat(http().get("agent", "/api/cases?text=" + bounceMarker).json().get("totalItems").asInt()).isZero();

        // a bounce about a mail Weibao never sent has no case to go to: ignored by rule, kept, not a case
        String orphan = marker();
        send(TestMail.from("MAILER-DAEMON@mx.example", HELPDESK, "Delivery Status Notification (Failure) " + orphan)
                .multipart("report; report-type=delivery-status", "DSN2", m -> m
                        .line("--DSN2").header("Content-Type", "text/plain").line("").line("unknown user")
                        .line("--DSN2").header("Content-Type", "text/rfc822-headers").line("")
                        .line("Message-ID: <never-sent@elsewhere.example>")));
        JsonNode item = awaitListed(orphan, "IGNORED");
        assertThat(item.get("reason").asText()).isEqualTo("BOUNCE_UNMATCHED");
        assertThat(item.get("detail").asText()).contains("delivery report");
        assertThat(item.get("bodyKept").asBoolean()).isTrue();
        assertThat(http().get("agent", "/api/cases?text=" + orphan).json().get("totalItems").asInt()).isZero();
    }

    // ---------------------------------------------------------------- quarantine

    @Test
    void brokenAndOversizedMailsAreQuarantinedForSupervisorsToReprocessOrDismiss() {
        String broken = marker();
        String sender = renmin();
        TestMail brokenMail = TestMail.from(sender, HELPDESK, "坏邮件 " + broken)
                // uuencode without its "begin" line: nothing can read it
                .header("Content-Transfer-Encoding", "x-uuencode")
                .line("").line("M86QL;&]W97)L9\"!T:&ES(&ES(&YO=\"!U=65N8V]D960@=&5X=`H`").line("end");
        send(brokenMail);
        String big = marker();
        byte[] filler = new byte[1_200_000];
        Arrays.fill(filler, (byte) 'a');
        send(TestMail.from(renmin(), HELPDESK, "大邮件 " + big).multipart("mixed", "B", m -> m
                .line("--B").header("Content-Type", "text/plain; charset=utf-8").line("").line("附件很大")
                .line("--B").header("Content-Type", "application/octet-stream")
                .header("Content-Disposition", "attachment; filename=big.bin")
                .header("Content-Transfer-Encoding", "base64").line("").line(TestMail.base64Lines(filler))));

        JsonNode brokenItem = awaitQuarantined(broken);
        assertThat(brokenItem.get("detail").asText()).isNotBlank();
        assertThat(brokenItem.get("sender").asText()).isEqualTo(sender);
        JsonNode bigItem = awaitQuarantined(big);
        assertThat(bigItem.get("detail").asText()).contains("over the limit");

        Http.Response raw = http().get("engineer1", brokenItem.get("rawHref").asText());
        assertThat(raw.status()).isEqualTo(200);
        assertThat(raw.header("Content-Type")).startsWith("message/rfc822");
        assertThat(raw.header("Content-Disposition")).contains(".eml");
        assertThat(new String(raw.body(), StandardCharsets.UTF_8)).as("the mail as the server holds it")
                .contains(new String(brokenMail.bytes(), StandardCharsets.UTF_8).split("\r\n\r\n", 2)[1].strip());
        assertThat(brokenItem.get("channel").asText()).isEqualTo("EMAIL");
        assertThat(brokenItem.get("source").asText()).isEqualTo("EMAIL:helpdesk");
        assertThat(bigItem.get("reason").asText()).isEqualTo("TOO_LARGE");
        assertThat(http().get("it-renmin", "/api/quarantine?channel=EMAIL").status()).isEqualTo(403);
        assertThat(http().get("engineer1", "/api/quarantine?channel=EMAIL").json().get("canResolve").asBoolean())
                .isFalse();
        assertThat(http().post("engineer1", "/api/quarantine/" + brokenItem.get("id").asLong() + "/dismiss", "")
                .status()).isEqualTo(403);

        // the broken one still fails: it stays, with the error; then the lead dismisses it
        long brokenId = brokenItem.get("id").asLong();
        Http.Response retried = http().post("lead", "/api/quarantine/" + brokenId + "/reprocess", "");
        assertThat(retried.status()).isEqualTo(409);
        assertThat(http().get("lead", "/api/quarantine/" + brokenId).json().get("attempts").asInt()).isEqualTo(2);
        Http.Response dismissed = http().post("lead", "/api/quarantine/" + brokenId + "/dismiss", "");
        assertThat(dismissed.status()).isEqualTo(200);
        assertThat(dismissed.json().get("status").asText()).isEqualTo("DISMISSED");
        assertThat(dismissed.json().get("resolvedBy").asText()).isEqualTo("lead");
        assertThat(http().post("lead", "/api/quarantine/" + brokenId + "/reprocess", "").status())
                .as("a dismissed item stays dismissed").isEqualTo(409);

        // the big one is accepted by a manager: the case opens with the big file
        Http.Response reprocessed = http().post("manager", "/api/quarantine/" + bigItem.get("id").asLong()
                + "/reprocess", "");
        assertThat(reprocessed.status()).as(reprocessed.text()).isEqualTo(200);
        assertThat(reprocessed.json().get("status").asText()).isEqualTo("REPROCESSED");
        assertThat(reprocessed.json().get("resolutionNote").asText()).startsWith("CASE_CREATED");
        JsonNode c = awaitCase(big);
        assertThat(c.get("number").asText()).isEqualTo(reprocessed.json().get("caseNumber").asText());
        assertThat(c.get("attachments")).anySatisfy(a -> assertThat(a.get("size").asLong()).isEqualTo(1_200_000L));
        assertThat(http().get("lead", "/api/quarantine?channel=EMAIL&status=REPROCESSED&size=500").json().get("items"))
                .anySatisfy(i -> assertThat(i.get("caseNumber").asText()).isEqualTo(c.get("number").asText()));
    }

    // ---------------------------------------------------------------- exactly once

    /**
     * The mail server cannot describe a mail whose recipient has no domain ("Failed to load IMAP envelope"):
     * Weibao reads it from its raw bytes all the same, instead of leaving it unseen and retrying it on every poll.
     */
    @Test
    void aMailTheServerCannotDescribeIsReadFromItsRawBytes() {
        String marker = marker();
        send(TestMail.from(renmin(), "noone", "收件人没有域名 " + marker)
                .header("Cc", "nobody")
                .base64Body("text/plain", "UTF-8", "收件人地址不完整的邮件。", StandardCharsets.UTF_8));

        JsonNode c = awaitCase(marker);
        assertThat(c.get("description").asText()).isEqualTo("收件人地址不完整的邮件。");
        awaitAllSeen();
    }

    /** An odd but usable sender (a host's own address) is no reason to refuse the mail: triage sorts it out. */
    @Test
    void aMailFromAnAddressWithoutADottedDomainOpensACaseForTriage() {
        String marker = marker();
        send(TestMail.from("root@localhost", HELPDESK, "测试 " + marker)
                .base64Body("text/plain", "UTF-8", "本机发出的测试邮件。", StandardCharsets.UTF_8));
        String other = marker();
        send(TestMail.from("z@z", HELPDESK, "另一封 " + other)
                .base64Body("text/plain", "UTF-8", "发件人地址很短。", StandardCharsets.UTF_8));

        JsonNode c = awaitCase(marker);
        assertThat(c.get("contract").isNull()).as("to triage").isTrue();
        assertThat(c.at("/reporter/email").asText()).isEqualTo("root@localhost");
        assertThat(awaitCase(other).at("/reporter/email").asText()).isEqualTo("z@z");
    }

    @Test
    void theSameMailDeliveredTwiceOpensOneCase() {
        String marker = marker();
        TestMail mail = TestMail.from(renmin(), HELPDESK, "重复投递 " + marker)
                .base64Body("text/plain", "UTF-8", "同一封邮件投递了两次。", StandardCharsets.UTF_8);
        send(mail);
        send(mail);
        TestMail noId = TestMail.withoutMessageId(renmin(), HELPDESK, "无编号重复 " + marker)
                .base64Body("text/plain", "UTF-8", "没有 Message-ID 的邮件投递了两次。", StandardCharsets.UTF_8);
        send(noId);
        send(noId);

        awaitCase(marker);
        awaitAllSeen();
        JsonNode found = http().get("agent", "/api/cases?text=" + marker).json();
        assertThat(found.get("totalItems").asInt()).as("one case per distinct mail").isEqualTo(2);
    }

    /** Some mailers reuse Message-IDs: a different mail under an earlier mail's Message-ID is a mail of its own. */
    @Test
    void aDifferentMailWithTheMessageIdOfAnEarlierOneIsTakenInAsWell() {
        String first = marker();
        String second = marker();
        TestMail earlier = TestMail.from(renmin(), HELPDESK, "打印机卡纸 " + first)
                .base64Body("text/plain", "UTF-8", "二楼打印机卡纸。", StandardCharsets.UTF_8);
        send(earlier);
        awaitCase(first);
        TestMail later = TestMail.withoutMessageId(renmin(), HELPDESK, "扫码枪失灵 " + second)
                .header("Message-ID", earlier.messageId())
                .base64Body("text/plain", "UTF-8", "挂号窗口扫码枪失灵。", StandardCharsets.UTF_8);
        send(later);
        send(later);

        awaitCase(second);
        awaitAllSeen();
        assertThat(total(first)).isEqualTo(1);
        assertThat(total(second)).as("the same later mail delivered twice is still one case").isEqualTo(1);
    }

    @Test
    void aRestartInTheMiddleOfABatchLosesNothingAndDuplicatesNothing() throws Exception {
        String batch = "batch-" + UUID.randomUUID().toString().substring(0, 8);
        int count = 30;
        for (int i = 0; i < count; i++) {
            send(TestMail.from(renmin(), HELPDESK, batch + "-" + i)
                    .base64Body("text/plain", "UTF-8", "批量邮件 " + i, StandardCharsets.UTF_8));
        }
        String route = MailIntakeRoutes.ROUTE_PREFIX + "helpdesk";
        await().atMost(Duration.ofSeconds(60)).until(() -> total(batch) >= 5);
        camel.getRouteController().stopRoute(route);
        int before = total(batch);
        // a crash after commits but before the mails were marked seen: every mail is unseen again
        TestMail.inbox(MAIL.getImap().getPort(), HELPDESK, HELPDESK_PASSWORD, TestMail::markAllUnseen);
        camel.getRouteController().startRoute(route);

        await().atMost(Duration.ofSeconds(90)).until(() -> total(batch) == count);
        awaitAllSeen();
        assertThat(before).isLessThanOrEqualTo(count);
        for (int i = 0; i < count; i++) {
            JsonNode found = http().get("agent", "/api/cases?size=50&text=" + batch + "-" + i).json();
            int exact = 0;
            for (JsonNode item : found.get("items")) {
                exact += item.get("summary").asText().equals(batch + "-" + i) ? 1 : 0;
            }
            assertThat(exact).as("cases for mail %d", i).isEqualTo(1);
        }
        assertThat(total(batch)).isEqualTo(count);
    }

    // ---------------------------------------------------------------- report time

    /**
     * The case counts from the mail server's received date (IMAP INTERNALDATE), not from the sender's Date header;
     * a received date far back (here set by an IMAP client's APPEND, which takes it from the Date header) counts at
     * most three days before Weibao took the mail in.
     */
    @Test
    void aReceivedDateTwoMonthsBackCountsAtMostThreeDaysBeforeTheMailWasTakenIn() {
        String marker = marker();
        byte[] raw = TestMail.from(renmin(), HELPDESK, "两个月前的邮件 " + marker)
                .base64Body("text/plain", "UTF-8", "收费窗口无法开票。", StandardCharsets.UTF_8).bytes();
        Instant before = Instant.now();
        TestMail.inbox(MAIL.getImap().getPort(), HELPDESK, HELPDESK_PASSWORD, inbox -> {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
            message.setHeader("Date", new MailDateFormat().format(Date.from(before.minus(Duration.ofDays(61)))));
            inbox.appendMessages(new Message[] {message});
            return null;
        });

        JsonNode c = awaitCase(marker);
        Instant after = Instant.now();

        assertThat(Instant.parse(c.get("reportedAt").asText()))
                .isBetween(before.minus(Duration.ofDays(3)).minusSeconds(1), after.minus(Duration.ofDays(3)));
    }

    // ---------------------------------------------------------------- outcomes: ignored by rule, unknown senders

    /**
     * An auto-reply that answers nothing opens no case: it is listed as ignored by rule, raw bytes kept, and a lead
     * may still have it taken in; one that answers an open case becomes a note. Weibao's own mail coming back is a loop.
     */
    @Test
    void anUnthreadedAutoReplyIsIgnoredByRuleAThreadedOneIsANote() throws Exception {
        String marker = marker();
        send(TestMail.from("oof-" + marker.toLowerCase() + "@renmin.example", HELPDESK, "自动回复：本人休假中 " + marker)
                .header("Auto-Submitted", "auto-replied")
                .base64Body("text/plain", "UTF-8", "本人休假中，12月10日返回。", StandardCharsets.UTF_8));
        JsonNode ignored = awaitListed(marker, "IGNORED");
        assertThat(ignored.get("reason").asText()).isEqualTo("AUTO_REPLY");
        assertThat(ignored.get("status").asText()).isEqualTo("IGNORED");
        assertThat(total(marker)).as("no case, no SLA timers").isZero();
        assertThat(ledger.findAll()).filteredOn(m -> m.getSubject() != null && m.getSubject().contains(marker))
                .singleElement().satisfies(m -> assertThat(m.getOutcome()).isEqualTo(InboundMail.Outcome.IGNORED));
        assertThat(http().get("lead", ignored.get("rawHref").asText()).text()).contains("Auto-Submitted: auto-replied");
        assertThat(http().get("it-renmin", "/api/quarantine?status=IGNORED").status()).isEqualTo(403);

        // the lead decides it is a real report after all
        Http.Response taken = http().post("lead", "/api/quarantine/" + ignored.get("id").asLong() + "/reprocess", "");
        assertThat(taken.status()).as(taken.text()).isEqualTo(200);
        assertThat(taken.json().get("resolutionNote").asText()).startsWith("CASE_CREATED");
        JsonNode c = awaitCase(marker);

        // an auto-reply to that case's acknowledgement threads to it: a note, no new case
        String threaded = marker();
        send(TestMail.from("oof-" + marker.toLowerCase() + "@renmin.example", HELPDESK, "Automatic reply: ["
                        + c.get("number").asText() + "] " + threaded)
                .header("X-Autoreply", "yes")
                .base64Body("text/plain", "UTF-8", "I am out of the office.", StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(http().get("agent", "/api/cases/"
                + c.get("number").asText()).text()).contains(threaded));
        assertThat(total(threaded)).isZero();

        // Weibao's own mail come back: a loop, ignored by rule
        String loop = marker();
        send(TestMail.from("helpdesk@weibao.local", HELPDESK, "回环 " + loop)
                .base64Body("text/plain", "UTF-8", "自己的邮件", StandardCharsets.UTF_8));
        assertThat(awaitListed(loop, "IGNORED").get("reason").asText()).isEqualTo("LOOP");
    }

    /**
     * A monitoring system the contract lists under mail.alerts: its first alert opens a case, the same alert again and
     * its recovery are notes on that case while it is open, another alert opens its own case; none is acknowledged.
     */
    @Test
    void aMonitoringSystemsRepeatedAlertIsANoteOnItsOpenCase() {
        String marker = marker();
        send(TestMail.from("\"Zabbix\" <monitor@renmin.example>", HELPDESK, "Problem: 开票服务无响应 " + marker)
                .header("Auto-Submitted", "auto-generated")
                .base64Body("text/plain", "UTF-8", "einvoice-app 8080 端口无响应", StandardCharsets.UTF_8));
        JsonNode c = awaitCase(marker);
        String number = c.get("number").asText();
        assertThat(c.at("/contract/code").asText()).isEqualTo("e-invoice");

        send(TestMail.from("\"Zabbix\" <monitor@renmin.example>", HELPDESK, "Problem: 开票服务无响应 " + marker)
                .header("Auto-Submitted", "auto-generated")
                .base64Body("text/plain", "UTF-8", "仍无响应（第 2 次）", StandardCharsets.UTF_8));
        send(TestMail.from("\"Zabbix\" <monitor@renmin.example>", HELPDESK, "Resolved: 开票服务无响应 " + marker)
                .header("Auto-Submitted", "auto-generated")
                .base64Body("text/plain", "UTF-8", "已恢复", StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(http().get("agent", "/api/cases/"
                + number).text()).contains("仍无响应（第 2 次）", "Resolved: 开票服务无响应", "重复告警"));
        assertThat(total(marker)).as("one case for one alert").isEqualTo(1);

        String other = marker();
        send(TestMail.from("\"Zabbix\" <monitor@renmin.example>", HELPDESK, "Problem: 数据库连接数过高 " + other)
                .header("Auto-Submitted", "auto-generated")
                .base64Body("text/plain", "UTF-8", "连接数 980/1000", StandardCharsets.UTF_8));
        assertThat(awaitCase(other).get("number").asText()).isNotEqualTo(number);
        assertThat(http().get("agent", "/api/cases/" + number).json().get("notifications"))
                .as("no acknowledgement to a monitoring system")
                .noneSatisfy(n -> assertThat(n.get("event").asText()).isEqualTo("CASE_ACKNOWLEDGED"));
        assertThat(ledger.findAll()).filteredOn(m -> m.getSubject() != null && m.getSubject().contains(marker))
                .extracting(InboundMail::getOutcome).containsExactlyInAnyOrder(InboundMail.Outcome.CASE_CREATED,
                        InboundMail.Outcome.NOTE_ADDED, InboundMail.Outcome.NOTE_ADDED);
    }

    /** A mail without a sender address still reports something: a case for triage, reporter unknown. */
    @Test
    void aMailWithoutSenderOpensATriageCaseWithAnUnknownReporter() {
        String marker = marker();
        TestMail.send(MAIL.getSmtp().getPort(), ("To: helpdesk@weibao.local\r\nSubject: 无发件人 " + marker + "\r\nMessage-ID: <"
                + marker + "@nowhere>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n住院部打印机卡纸。\r\n")
                .getBytes(StandardCharsets.UTF_8), HELPDESK);
        JsonNode c = awaitCase(marker);
        assertThat(c.at("/reporter/name").asText()).isEqualTo("（未知发件人）");
        assertThat(c.get("description").asText()).contains("报修人未知").contains("住院部打印机卡纸。");
        assertThat(c.get("notifications")).noneSatisfy(n -> assertThat(n.get("event").asText())
                .isEqualTo("CASE_ACKNOWLEDGED"));
    }

    /**
     * Every case keeps the mail it came from (.eml), downloadable by whoever may read the case and by no other
     * hospital; a body over 100,000 characters is kept whole in 邮件全文.txt, the description shows its beginning.
     */
    @Test
    void theRawMailOfACaseIsKeptWholeAndOnlyItsReadersMayDownloadIt() {
        String marker = marker();
        String longText = "长正文" + marker + "。" + "网络中断，".repeat(30_000) + "完。";
        TestMail mail = TestMail.from(renmin(), HELPDESK, "长邮件 " + marker)
                .base64Body("text/plain", "UTF-8", longText, StandardCharsets.UTF_8);
        send(mail);
        JsonNode c = awaitCase(marker);
        String description = c.get("description").asText();
        assertThat(description.length()).isLessThanOrEqualTo(100_000);
        assertThat(description).contains("全文见附件 邮件全文.txt");
        JsonNode whole = find(c.get("attachments"), "邮件全文.txt");
        assertThat(whole.get("kind").asText()).isEqualTo("ORIGINAL_MAIL");
        assertThat(new String(http().get("it-renmin", whole.get("href").asText()).body(), StandardCharsets.UTF_8))
                .isEqualTo(longText);
        JsonNode eml = null;
        for (JsonNode a : c.get("attachments")) {
            if (a.get("fileName").asText().endsWith(".eml")) {
                eml = a;
            }
        }
        assertThat(eml).as("the raw mail").isNotNull();
        Http.Response download = http().get("it-renmin", eml.get("href").asText());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("message/rfc822");
        assertThat(new String(download.body(), StandardCharsets.US_ASCII)).contains("Subject:")
                .contains("Content-Transfer-Encoding: base64");
        Http.Response foreign = http().get("it-fuscc", eml.get("href").asText());
        assertThat(foreign.status()).as("another hospital").isEqualTo(404);
        assertThat(foreign.text()).doesNotContain(marker).doesNotContain("网络中断");
    }

    // ---------------------------------------------------------------- health

    /** DOWN answers 503 to a load balancer, with the bare status; the administrator sees which mailbox and why. */
    @Test
    void aMailServerOutageIsReportedByTheHealthIndicatorAndRecovered() {
        MAIL.stop();
        try {
            await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
                JsonNode health = http().get("admin", "/actuator/health").json();
                assertThat(health.at("/components/mailIntake/status").asText()).isEqualTo("DOWN");
                assertThat(health.at("/components/mailIntake/details/helpdesk/consecutiveFailures").asInt())
                        .isPositive();
            });
            Http.Response balancer = http().get(null, "/actuator/health");
            assertThat(balancer.status()).isEqualTo(503);
            assertThat(balancer.json().get("status").asText()).isEqualTo("DOWN");
            assertThat(balancer.json().has("components")).isFalse();
        } finally {
            MAIL.start();
        }
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
            JsonNode health = http().get("admin", "/actuator/health").json();
            assertThat(health.at("/components/mailIntake/status").asText()).isEqualTo("UP");
            assertThat(health.at("/components/mailIntake/details/helpdesk/consecutiveFailures").asInt()).isZero();
        });
        String marker = marker();
        send(TestMail.from(renmin(), HELPDESK, "恢复后 " + marker)
                .base64Body("text/plain", "UTF-8", "服务器恢复后的邮件。", StandardCharsets.UTF_8));
        awaitCase(marker);
    }

    // ---------------------------------------------------------------- helpers

    private void send(TestMail mail) {
        TestMail.send(MAIL.getSmtp().getPort(), mail.bytes(), HELPDESK);
    }

    /** A fresh sender of the renmin.example domain (contract e-invoice), so acknowledgement limits do not meet. */
    private static String renmin() {
        return "u" + UUID.randomUUID().toString().substring(0, 8) + "@renmin.example";
    }

    private static String marker() {
        return "M" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String mark(List<String> markers) {
        String marker = marker();
        markers.add(marker);
        return marker;
    }

    private JsonNode awaitCase(String marker) {
        String number = await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode found = http().get("agent", "/api/cases?text=" + marker).json();
            return found.get("totalItems").asInt() == 0 ? null : found.at("/items/0/number").asText();
        }, n -> n != null);
        return http().get("agent", "/api/cases/" + number).json();
    }

    private int total(String text) {
        return http().get("agent", "/api/cases?text=" + text).json().get("totalItems").asInt();
    }

    private JsonNode awaitQuarantined(String marker) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (JsonNode item : http().get("lead", "/api/quarantine?channel=EMAIL&size=500").json().get("items")) {
                if (item.get("subject").asText("").contains(marker)) {
                    return item;
                }
            }
            return null;
        }, i -> i != null);
    }

    private JsonNode awaitListed(String marker, String status) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (JsonNode item : http().get("lead", "/api/quarantine?channel=EMAIL&size=500&status=" + status).json()
                    .get("items")) {
                if (item.get("subject").asText("").contains(marker)) {
                    return item;
                }
            }
            return null;
        }, i -> i != null);
    }

    private void awaitAllSeen() {
        await().atMost(Duration.ofSeconds(60)).until(() -> TestMail.inbox(MAIL.getImap().getPort(), HELPDESK,
                HELPDESK_PASSWORD, inbox -> Arrays.stream(inbox.getMessages()).allMatch(m -> seen(m))));
    }

    private static boolean seen(Message message) {
        try {
            return message.getFlags().contains(Flags.Flag.SEEN);
        } catch (Exception e) {
            return false;
        }
    }

    private static MimeMessage awaitMailTo(String to, String marker) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(to))
                                && m.getSubject().contains(marker);
                    } catch (Exception e) {
                        return false;
                    }
                }).findFirst().orElse(null), m -> m != null);
    }

    private static JsonNode find(JsonNode attachments, String fileName) {
        for (JsonNode a : attachments) {
            if (a.get("fileName").asText().equals(fileName)) {
                return a;
            }
        }
        throw new AssertionError("no attachment " + fileName + " in " + attachments);
    }

    private static void complete(EngineRest engine, String user, String instanceId, Map<String, Object> variables) {
        JsonNode task = engine.visibleTask(user, instanceId);
        if (task.get("assignee").isNull()) {
            engine.claim(user, task.get("id").asText());
        }
        Http.Response done = engine.submitTaskForm(user, task.get("id").asText(), variables);
        assertThat(done.status()).as(done.text()).isEqualTo(204);
    }

    private static String qp(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            int v = b & 0xFF;
            if (v >= 33 && v <= 126 && v != '=' && v != '?' && v != '_') {
                out.append((char) v);
            } else {
                out.append(String.format("=%02X", v));
            }
        }
        return out.toString();
    }

}
