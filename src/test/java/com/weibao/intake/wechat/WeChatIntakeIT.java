package com.weibao.intake.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.notify.ChannelType;
import com.weibao.notify.Notification;
import com.weibao.notify.NotificationRepository;
import com.weibao.notify.NotificationStatus;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import com.weibao.support.WeChatApiStub;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * WeChat's callbacks over real HTTP, as WeChat's servers send them (signed, AES-encrypted), with WeChat's API
 * servers stood in for by a local stub: verification, signatures, stale timestamps, XXE and entity bombs, binding,
 * messages to cases and notes, retries deduplicated, the 5-second answer while case creation is held back, and
 * status messages back to the reporter on WeChat, retried when WeChat refuses them.
 */
class WeChatIntakeIT extends IntegrationTest {

    private static final AtomicLong MSG_IDS = new AtomicLong(System.currentTimeMillis() * 1000);
    private final HttpClient client = HttpClient.newHttpClient();

    @Autowired
    WeChatMessageRepository messages;

    @Autowired
    WeChatBindingRepository bindings;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    HeldWeChatMessages held;

    @Test
    void theServiceAccountsUrlVerificationEchoesOnlyForTheRightSignature() throws Exception {
        String timestamp = now();
        String nonce = "n" + UUID.randomUUID().toString().substring(0, 8);
        String echo = "echo-" + UUID.randomUUID();

        HttpResponse<String> ok = get("/intake/wechat/mp", Map.of("signature", sha1(WECHAT_MP_TOKEN, timestamp, nonce),
                "timestamp", timestamp, "nonce", nonce, "echostr", echo));
        HttpResponse<String> forged = get("/intake/wechat/mp", Map.of("signature", sha1("wrong-token", timestamp,
                nonce), "timestamp", timestamp, "nonce", nonce, "echostr", echo));
        String stale = Long.toString(Instant.now().minusSeconds(3600).getEpochSecond());
        HttpResponse<String> old = get("/intake/wechat/mp", Map.of("signature", sha1(WECHAT_MP_TOKEN, stale, nonce),
                "timestamp", stale, "nonce", nonce, "echostr", echo));

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo(echo);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).doesNotContain(echo);
        assertThat(old.statusCode()).isEqualTo(403);
    }

    @Test
    void weComsUrlVerificationDecryptsTheEchostr() throws Exception {
        WxCryptUtil crypt = new WxCryptUtil(WECOM_TOKEN, WECOM_AES_KEY, WECOM_CORP_ID);
        WxCryptUtil.EncryptContext echo = crypt.encryptContext("wecom-echo-123");

        HttpResponse<String> ok = get("/intake/wechat/wecom", Map.of("msg_signature", echo.getSignature(),
                "timestamp", echo.getTimeStamp(), "nonce", echo.getNonce(), "echostr", echo.getEncrypt()));
        HttpResponse<String> forged = get("/intake/wechat/wecom", Map.of("msg_signature", "0".repeat(40),
                "timestamp", echo.getTimeStamp(), "nonce", echo.getNonce(), "echostr", echo.getEncrypt()));

        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("wecom-echo-123");
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void aForgedOrStaleEncryptedMessageIsRefusedWith403AndKept() throws Exception {
        String openId = openId();
        String xml = textXml(openId, "伪造的报修 " + openId, MSG_IDS.incrementAndGet(), Instant.now());
        WxCryptUtil wrongKey = new WxCryptUtil(WECHAT_MP_TOKEN, "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ",
                WECHAT_MP_APP_ID);

        HttpResponse<String> forged = postMp(xml, wrongKey.encryptContext(xml), "0".repeat(40));
        WxCryptUtil.EncryptContext good = mpCrypt().encryptContext(xml);
        WxCryptUtil.EncryptContext stale = new WxCryptUtil.EncryptContext(good.getEncrypt(),
                sha1(WECHAT_MP_TOKEN, "1000000000", good.getNonce(), good.getEncrypt()), "1000000000", good.getNonce());
        HttpResponse<String> old = postMp(xml, stale, null);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(old.statusCode()).isEqualTo(403);
        assertThat(messages.findByAppAndFromUserOrderByIdDesc(WeChatApp.MP, openId)).isEmpty();
        JsonNode kept = http().get("manager", "/api/intake/quarantine?source=WECHAT_MP&size=500").json();
        assertThat(kept).extracting(q -> q.get("reason").asText()).contains("BAD_SIGNATURE", "STALE_TIMESTAMP");
    }

    @Test
    void anXxePayloadOrAnEntityBombIsRefusedWithoutReadingAnyFile() throws Exception {
        Path secret = Files.createTempFile("weibao-secret", ".txt");
        String secretText = "TOP-SECRET-" + UUID.randomUUID();
        Files.writeString(secret, secretText);
        String openId = openId();
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + textXml(openId, "&xxe;", MSG_IDS.incrementAndGet(), Instant.now()).replace("<![CDATA[&xxe;]]>",
                "&xxe;");
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
                + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
                + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
                + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">]>"
                + textXml(openId, "&lol8;", MSG_IDS.incrementAndGet(), Instant.now()).replace("<![CDATA[&lol8;]]>",
                "&lol8;");

        HttpResponse<String> plain = postMpPlain(xxe);
        HttpResponse<String> encrypted = postMp(xxe, mpCrypt().encryptContext(xxe), null);
        HttpResponse<String> expanded = postMpPlain(bomb);

        for (HttpResponse<String> response : List.of(plain, encrypted, expanded)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).doesNotContain(secretText).doesNotContain("lollollol");
        }
        assertThat(messages.findByAppAndFromUserOrderByIdDesc(WeChatApp.MP, openId)).isEmpty();
        JsonNode kept = http().get("manager", "/api/intake/quarantine?source=WECHAT_MP&size=500").json();
        assertThat(kept).filteredOn(q -> q.get("reason").asText().equals("UNSAFE_XML")).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(q -> assertThat(q.toString()).doesNotContain(secretText));
        assertThat(kept.toString()).doesNotContain(secretText);
        Files.deleteIfExists(secret);
    }

    @Test
    void anUnboundSenderIsToldHowToBindAndAgentCodesBindThem() throws Exception {
        String openId = openId();
        HttpResponse<String> unbound = sendText(openId, "打印机坏了");
        assertThat(decryptMp(unbound.body())).contains("绑定");
        assertThat(messages.findByAppAndFromUserOrderByIdDesc(WeChatApp.MP, openId)).singleElement()
                .satisfies(m -> assertThat(m.getStatus()).isEqualTo(WeChatMessage.Status.IGNORED));

        assertThat(decryptMp(sendText(openId, "绑定 ZZZZZZ").body())).contains("无效");
        assertThat(http().post("it-renmin", "/api/wechat/binding-codes", Map.of("name", "某人", "phone", "1",
                "contract", "e-invoice")).status()).as("only the vendor's staff issue codes for others").isEqualTo(403);
        String code = bindingCode(uniquePhone(), "孙药师");
        assertThat(decryptMp(sendText(openId, "绑定 " + code.toLowerCase()).body())).contains("绑定成功", "孙药师");
        assertThat(bindings.findByAppAndWechatUser(WeChatApp.MP, openId)).get()
                .satisfies(b -> assertThat(b.getContractCode()).isEqualTo("e-invoice"));
        assertThat(decryptMp(sendText(openId(), "绑定 " + code).body())).as("a code binds once").contains("无效");

        // a hospital user gets their own code on the profile page; it binds them as themselves
        Http.Response own = http().post("it-renmin", "/api/wechat/binding-codes", "");
        assertThat(own.status()).as(own.text()).isEqualTo(201);
        assertThat(own.json().get("contract").asText()).isEqualTo("e-invoice");
        String staffOpenId = openId();
        assertThat(decryptMp(sendText(staffOpenId, own.json().get("code").asText()).body())).contains("绑定成功");
        assertThat(bindings.findByAppAndWechatUser(WeChatApp.MP, staffOpenId)).get()
                .satisfies(b -> assertThat(b.getUserId()).isEqualTo("it-renmin"));
        assertThat(http().get("it-renmin", "/api/wechat/bindings").json()).isNotEmpty();
    }

    @Test
    void textBecomesACaseTheRetryIsDroppedAndLaterMessagesAndImagesBecomeNotes() throws Exception {
        String openId = openId();
        String phone = uniquePhone();
        sendText(openId, "绑定 " + bindingCode(phone, "周护士长"));
        String marker = "自助机无法打印发票 " + UUID.randomUUID();
        long msgId = MSG_IDS.incrementAndGet();
        String xml = textXml(openId, marker, msgId, Instant.now());

        HttpResponse<String> first = postMp(xml, mpCrypt().encryptContext(xml), null);
        HttpResponse<String> retry = postMp(xml, mpCrypt().encryptContext(xml), null);
        HttpResponse<String> retryAgain = postMp(xml, mpCrypt().encryptContext(xml), null);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(decryptMp(first.body())).contains("已收到");
        assertThat(retry.body()).isEqualTo("success");
        assertThat(retryAgain.body()).isEqualTo("success");
        String number = awaitCase(openId, msgId);
        JsonNode created = http().get("agent", "/api/cases/" + number).json();
        assertThat(created.get("channel").asText()).isEqualTo("WECHAT");
        assertThat(created.get("description").asText()).isEqualTo(marker);
        assertThat(created.at("/reporter/name").asText()).isEqualTo("周护士长");
        assertThat(created.at("/reporter/phone").asText()).isEqualTo(phone);
        assertThat(http().get("agent", "/api/cases?text=" + URLEncoder.encode(marker, StandardCharsets.UTF_8))
                .json().get("totalItems").asInt()).as("three deliveries, one case").isOne();

        // the reporter is told the case number on WeChat, through the notification outbox
        await().atMost(Duration.ofSeconds(20)).until(() -> WECHAT.sent().stream().anyMatch(s ->
                s.body().path("touser").asText().equals(openId) && s.body().toString().contains(number)));
        assertThat(notifications.findByCaseIdOrderByCreatedAtAscIdAsc(caseId(number))).anySatisfy(n -> {
            assertThat(n.getChannel()).isEqualTo(ChannelType.WECHAT);
            assertThat(n.getAddress()).isEqualTo("mp:" + openId);
        });

        // a later message without a case number goes on the sender's only open case
        long followUp = MSG_IDS.incrementAndGet();
        String followXml = textXml(openId, "补充：只有 3 号窗口的自助机", followUp, Instant.now());
        assertThat(decryptMp(postMp(followXml, mpCrypt().encryptContext(followXml), null).body())).contains(number);
        long image = MSG_IDS.incrementAndGet();
        String imageXml = imageXml(openId, "media-" + image, image, Instant.now());
        postMp(imageXml, mpCrypt().encryptContext(imageXml), null);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode noted = http().get("agent", "/api/cases/" + number).json();
            assertThat(noted.get("history")).anySatisfy(e -> {
                assertThat(e.get("type").asText()).isEqualTo("NOTE");
                assertThat(e.get("channel").asText()).isEqualTo("WECHAT");
                assertThat(e.get("detail").asText()).contains("3 号窗口");
            });
            assertThat(noted.get("attachments")).anySatisfy(a -> assertThat(a.get("contentType").asText())
                    .isEqualTo("image/png"));
        });
        JsonNode attachment = http().get("agent", "/api/cases/" + number).json().get("attachments").get(0);
        assertThat(http().get("agent", attachment.get("href").asText()).body()).isEqualTo(WeChatApiStub.IMAGE);
        assertThat(http().get("agent", "/api/cases?text=" + URLEncoder.encode("3 号窗口", StandardCharsets.UTF_8))
                .json().get("totalItems").asInt()).as("the follow-up made no new case").isZero();
    }

    /** The URL's signature timestamp is fresh, the message's own CreateTime is two months back. */
    @Test
    void aCreateTimeTwoMonthsBackCountsAtMostTenMinutesBeforeTheMessageCameIn() throws Exception {
        String openId = openId();
        sendText(openId, "绑定 " + bindingCode(uniquePhone(), "郑护士"));
        long msgId = MSG_IDS.incrementAndGet();
        String xml = textXml(openId, "挂号机黑屏 " + UUID.randomUUID(), msgId, Instant.now().minus(Duration.ofDays(61)));
        Instant before = Instant.now();

        assertThat(postMp(xml, mpCrypt().encryptContext(xml), null).statusCode()).isEqualTo(200);
        String number = awaitCase(openId, msgId);

        Instant received = messages.findByAppAndDedupKey(WeChatApp.MP, "msg:" + msgId).orElseThrow().getReceivedAt();
        // MySQL/MariaDB keep whole seconds (sendFractionalSeconds=false)
        assertThat(received).isAfterOrEqualTo(before.truncatedTo(ChronoUnit.SECONDS));
        assertThat(Instant.parse(http().get("agent", "/api/cases/" + number).json().get("reportedAt").asText()))
                .isEqualTo(received.minus(Duration.ofMinutes(10)));
    }

    @Test
    void weChatIsAnsweredBeforeASlowCaseRegistrationFinishes() throws Exception {
        String openId = openId();
        sendText(openId, "绑定 " + bindingCode(uniquePhone(), "吴医生"));
        long msgId = MSG_IDS.incrementAndGet();
        String xml = textXml(openId, "医保上传失败 " + UUID.randomUUID(), msgId, Instant.now());
        held.hold(openId);
        try {
            HttpResponse<String> answer = postMp(xml, mpCrypt().encryptContext(xml), null);

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(decryptMp(answer.body())).contains("已收到您的报修");
            WeChatMessage recorded = messages.findByAppAndDedupKey(WeChatApp.MP, "msg:" + msgId).orElseThrow();
            assertThat(recorded.getStatus()).as("answered while the case is still being made")
                    .isEqualTo(WeChatMessage.Status.RECEIVED);
            assertThat(recorded.getCaseNumber()).isNull();
        } finally {
            held.release(openId);
        }
        assertThat(awaitCase(openId, msgId)).startsWith("WB-");
    }

    @Test
    void aReporterOnWeChatGetsStatusChangesThereAndARefusedMessageIsRetried() throws Exception {
        String openId = openId();
        String phone = uniquePhone();
        sendText(openId, "绑定 " + bindingCode(phone, "郑会计"));
        WECHAT.refuse(openId);
        Map<String, Object> request = caseRequest("电话登记的故障 " + UUID.randomUUID());
        @SuppressWarnings("unchecked")
        Map<String, Object> reporter = (Map<String, Object>) request.get("reporter");
        reporter.put("phone", phone);
        reporter.put("name", "郑会计");
        String number = http().post("agent", "/api/cases", request).json().get("number").asText();
        long caseId = caseId(number);
        try {
            triage(number);
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                    notifications.findByCaseIdOrderByCreatedAtAscIdAsc(caseId)).anySatisfy(n -> {
                        assertThat(n.getEvent()).isEqualTo("REPORTER_TRIAGED");
                        assertThat(n.getAddress()).isEqualTo("mp:" + openId);
                        assertThat(n.getAttempts()).isGreaterThanOrEqualTo(1);
                        assertThat(n.getLastError()).contains("45015");
                    }));
        } finally {
            WECHAT.accept(openId);
        }
        Notification triaged = notifications.findByCaseIdOrderByCreatedAtAscIdAsc(caseId).stream()
                .filter(n -> n.getEvent().equals("REPORTER_TRIAGED")).findFirst().orElseThrow();
        if (notifications.findById(triaged.getId()).orElseThrow().getStatus() == NotificationStatus.FAILED) {
            assertThat(http().post("lead", "/api/notifications/" + triaged.getId() + "/retry", "").status())
                    .isEqualTo(200);
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                notifications.findById(triaged.getId()).orElseThrow().getStatus()).isEqualTo(NotificationStatus.SENT));
        assertThat(WECHAT.sent()).anySatisfy(s -> {
            assertThat(s.body().path("touser").asText()).isEqualTo(openId);
            assertThat(s.body().toString()).contains(number, "已受理");
        });
    }

    @Test
    void aWeComUserIsMatchedByUserIdAndGetsAnEncryptedReplyAndAppMessages() throws Exception {
        WxCryptUtil crypt = new WxCryptUtil(WECOM_TOKEN, WECOM_AES_KEY, WECOM_CORP_ID);
        String marker = "排队叫号屏不显示 " + UUID.randomUUID();
        long msgId = MSG_IDS.incrementAndGet();
        String xml = "<xml><ToUserName><![CDATA[" + WECOM_CORP_ID + "]]></ToUserName><FromUserName><![CDATA["
                + "it-zhongyi]]></FromUserName><CreateTime>" + Instant.now().getEpochSecond() + "</CreateTime>"
                + "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + marker + "]]></Content><MsgId>" + msgId
                + "</MsgId><AgentID>1000002</AgentID></xml>";
        WxCryptUtil.EncryptContext sealed = crypt.encryptContext(xml);
        String body = "<xml><ToUserName><![CDATA[" + WECOM_CORP_ID + "]]></ToUserName><Encrypt><![CDATA["
                + sealed.getEncrypt() + "]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>";

        HttpResponse<String> answer = post("/intake/wechat/wecom", Map.of("msg_signature", sealed.getSignature(),
                "timestamp", sealed.getTimeStamp(), "nonce", sealed.getNonce()), body);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(replyText(crypt, answer.body())).contains("已收到");
        String number = await().atMost(Duration.ofSeconds(20)).until(() -> messages
                .findByAppAndDedupKey(WeChatApp.WECOM, "msg:" + msgId).map(WeChatMessage::getCaseNumber).orElse(null),
                n -> n != null);
        JsonNode created = http().get("it-zhongyi", "/api/cases/" + number).json();
        assertThat(created.at("/contract/code").asText()).isEqualTo("queue-call");
        assertThat(created.get("channel").asText()).isEqualTo("WECHAT");
        await().atMost(Duration.ofSeconds(20)).until(() -> WECHAT.sent().stream().anyMatch(s ->
                s.path().equals("/cgi-bin/message/send") && s.body().path("touser").asText().equals("it-zhongyi")
                        && s.body().toString().contains(number)));
    }

    // --- WeChat's side of the protocol -------------------------------------------------------------------

    private HttpResponse<String> sendText(String openId, String text) throws Exception {
        String xml = textXml(openId, text, MSG_IDS.incrementAndGet(), Instant.now());
        HttpResponse<String> response = postMp(xml, mpCrypt().encryptContext(xml), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private HttpResponse<String> postMp(String plainXml, WxCryptUtil.EncryptContext sealed, String msgSignature)
            throws Exception {
        String body = "<xml><ToUserName><![CDATA[gh_weibao]]></ToUserName><Encrypt><![CDATA[" + sealed.getEncrypt()
                + "]]></Encrypt></xml>";
        return post("/intake/wechat/mp", Map.of("signature", sha1(WECHAT_MP_TOKEN, sealed.getTimeStamp(),
                        sealed.getNonce()), "timestamp", sealed.getTimeStamp(), "nonce", sealed.getNonce(),
                "openid", "x", "encrypt_type", "aes", "msg_signature",
                msgSignature == null ? sealed.getSignature() : msgSignature), body);
    }

    private HttpResponse<String> postMpPlain(String xml) throws Exception {
        String timestamp = now();
        String nonce = "n" + ThreadLocalRandom.current().nextInt(1_000_000);
        return post("/intake/wechat/mp", Map.of("signature", sha1(WECHAT_MP_TOKEN, timestamp, nonce),
                "timestamp", timestamp, "nonce", nonce), xml);
    }

    private String decryptMp(String replyXml) {
        return replyText(mpCrypt(), replyXml);
    }

    private static String replyText(WxCryptUtil crypt, String replyXml) {
        String sig = between(replyXml, "<MsgSignature><![CDATA[", "]]>");
        String ts = between(replyXml, "<TimeStamp>", "</TimeStamp>");
        String nonce = between(replyXml, "<Nonce><![CDATA[", "]]>");
        return crypt.decryptXml(sig, ts, nonce, replyXml);
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("%s in %s", start, text).isNotNegative();
        from += start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    private static WxCryptUtil mpCrypt() {
        return new WxCryptUtil(WECHAT_MP_TOKEN, WECHAT_MP_AES_KEY, WECHAT_MP_APP_ID);
    }

    private static String textXml(String openId, String text, long msgId, Instant at) {
        return "<xml><ToUserName><![CDATA[gh_weibao]]></ToUserName><FromUserName><![CDATA[" + openId
                + "]]></FromUserName><CreateTime>" + at.getEpochSecond() + "</CreateTime><MsgType><![CDATA[text]]>"
                + "</MsgType><Content><![CDATA[" + text + "]]></Content><MsgId>" + msgId + "</MsgId></xml>";
    }

    private static String imageXml(String openId, String mediaId, long msgId, Instant at) {
        return "<xml><ToUserName><![CDATA[gh_weibao]]></ToUserName><FromUserName><![CDATA[" + openId
                + "]]></FromUserName><CreateTime>" + at.getEpochSecond() + "</CreateTime><MsgType><![CDATA[image]]>"
                + "</MsgType><PicUrl><![CDATA[http://127.0.0.1/pic.png]]></PicUrl><MediaId><![CDATA[" + mediaId
                + "]]></MediaId><MsgId>" + msgId + "</MsgId></xml>";
    }

    /** WeChat's signature: SHA-1 of the sorted parts, concatenated (computed here independently of WxJava). */
    private static String sha1(String... parts) throws Exception {
        String[] sorted = parts.clone();
        Arrays.sort(sorted);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                .digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> get(String path, Map<String, String> query) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path, query)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, Map<String, String> query, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path, query)).header("Content-Type", "text/xml")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path, Map<String, String> query) {
        StringBuilder q = new StringBuilder();
        query.forEach((k, v) -> q.append(q.isEmpty() ? "?" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return URI.create("http://localhost:" + port + path + q);
    }

    // --- Weibao's side ----------------------------------------------------------------------------------

    private String bindingCode(String phone, String name) {
        Http.Response issued = http().post("agent", "/api/wechat/binding-codes", Map.of("name", name, "phone", phone,
                "department", "门诊", "contract", "e-invoice"));
        assertThat(issued.status()).as(issued.text()).isEqualTo(201);
        return issued.json().get("code").asText();
    }

    private String awaitCase(String openId, long msgId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> messages
                .findByAppAndDedupKey(WeChatApp.MP, "msg:" + msgId).map(WeChatMessage::getCaseNumber).orElse(null),
                n -> n != null);
    }

    private long caseId(String number) {
        return notificationsCaseId(number);
    }

    @Autowired
    com.weibao.cases.SupportCaseRepository caseRepository;

    private long notificationsCaseId(String number) {
        return caseRepository.findByNumber(number).orElseThrow().getId();
    }

    private void triage(String number) {
        com.weibao.support.EngineRest engine = new com.weibao.support.EngineRest(http());
        JsonNode task = await().atMost(Duration.ofSeconds(10)).until(() -> {
            JsonNode tasks = engine.get("agent", "/task?processInstanceBusinessKey=" + number);
            return tasks.isEmpty() ? null : tasks.get(0);
        }, t -> t != null);
        Http.Response done = engine.submitTaskForm("agent", task.get("id").asText(), Map.of("triageDecision",
                "ACCEPT", "systemCode", "einvoice-app", "category", "FAULT", "priority", "P2"));
        assertThat(done.status()).as(done.text()).isEqualTo(204);
    }

    private static String openId() {
        return "o" + UUID.randomUUID().toString().replace("-", "").substring(0, 27);
    }

    private static String uniquePhone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String now() {
        return Long.toString(Instant.now().getEpochSecond());
    }
}
