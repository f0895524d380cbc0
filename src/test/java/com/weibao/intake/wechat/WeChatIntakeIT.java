package com.weibao.intake.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.spi.ILoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.intake.IntakeDoor.Refusal;
import com.weibao.intake.IntakeDoorProperties;
import com.weibao.intake.IntakeDoorState;
import com.weibao.intake.QuarantineRepository;
import com.weibao.intake.QuarantinedItem;
import com.weibao.notify.ChannelType;
import com.weibao.notify.Notification;
import com.weibao.notify.NotificationRepository;
import com.weibao.notify.NotificationStatus;
import com.weibao.support.CapturedLogs;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import com.weibao.support.AddressedClient;
import com.weibao.support.WeChatApiStub;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * WeChat's callbacks over real HTTP, as WeChat's servers send them (signed, AES-encrypted), with WeChat's API
 * servers stood in for by a local stub: verification, signatures, stale timestamps, plain text refused in safe mode,
 * replays refused, floods throttled and never stored, XXE and entity bombs, binding, messages to cases and notes,
 * retries deduplicated, the 5-second answer while case creation is held back, and status messages back to the
 * reporter on WeChat, retried when WeChat refuses them.
 */
class WeChatIntakeIT extends IntegrationTest {

    private static final AtomicLong MSG_IDS = new AtomicLong(System.currentTimeMillis() * 1000);
    private static final int FLOOD = 200;

    @Autowired
    WeChatMessageRepository messages;

    @Autowired
    WeChatProcessor processor;

    @Autowired
    WeChatProperties wechat;

    @Autowired
    QuarantineRepository quarantine;

    @Autowired
    WeChatBindingRepository bindings;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    HeldWeChatMessages held;

    @Autowired
    EntityManager entities;

    @Autowired
    IntakeDoorProperties door;

    @Test
    void theServiceAccountsUrlVerificationEchoesOnlyForTheRightSignature() throws Exception {
        String timestamp = now();
        String nonce = "n" + UUID.randomUUID().toString().substring(0, 8);
        String echo = "echo-" + UUID.randomUUID();

        Http.Response ok = get("/intake/wechat/mp", Map.of("signature", sha1(WECHAT_MP_TOKEN, timestamp, nonce),
                "timestamp", timestamp, "nonce", nonce, "echostr", echo));
        Http.Response forged = get("/intake/wechat/mp", Map.of("signature", sha1("wrong-token", timestamp,
                nonce), "timestamp", timestamp, "nonce", nonce, "echostr", echo));
        String stale = Long.toString(Instant.now().minusSeconds(3600).getEpochSecond());
        Http.Response old = get("/intake/wechat/mp", Map.of("signature", sha1(WECHAT_MP_TOKEN, stale, nonce),
                "timestamp", stale, "nonce", nonce, "echostr", echo));

        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.text()).isEqualTo(echo);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.text()).doesNotContain(echo);
        assertThat(old.status()).isEqualTo(403);
    }

    @Test
    void weComsUrlVerificationDecryptsTheEchostr() throws Exception {
        WxCryptUtil.EncryptContext echo = weComCrypt().encryptContext("wecom-echo-123");

        Http.Response ok = get("/intake/wechat/wecom", Map.of("msg_signature", echo.getSignature(),
                "timestamp", echo.getTimeStamp(), "nonce", echo.getNonce(), "echostr", echo.getEncrypt()));
        Http.Response forged = get("/intake/wechat/wecom", Map.of("msg_signature", "0".repeat(40),
                "timestamp", echo.getTimeStamp(), "nonce", echo.getNonce(), "echostr", echo.getEncrypt()));

        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.text()).isEqualTo("wecom-echo-123");
        assertThat(forged.status()).isEqualTo(403);
    }

    @Test
    void aForgedOrStaleEncryptedMessageIsRefusedWith403CountedAndNotKept() throws Exception {
        String openId = openId();
        String xml = textXml(openId, "伪造的报修 " + openId, MSG_IDS.incrementAndGet(), Instant.now());
        WxCryptUtil wrongKey = new WxCryptUtil(WECHAT_MP_TOKEN, "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ",
                WECHAT_MP_APP_ID);
        IntakeDoorState before = IntakeDoorState.of(entities, http(), "WECHAT_MP");

        Http.Response forged = postMp(xml, wrongKey.encryptContext(xml), "0".repeat(40));
        Http.Response old = postMp(xml, stale(mpCrypt(), WECHAT_MP_TOKEN, xml), null);

        assertThat(forged.status()).isEqualTo(403);
        assertThat(old.status()).isEqualTo(403);
        assertThat(messages.findByAppAndFromUserOrderByIdDesc(WeChatApp.MP, openId)).isEmpty();
        IntakeDoorState after = IntakeDoorState.of(entities, http(), "WECHAT_MP");
        assertThat(after.quarantineRows()).as("refused at the door: not kept").isEqualTo(before.quarantineRows());
        assertThat(after.refusedSince(before, Refusal.BAD_SIGNATURE)).isOne();
        assertThat(after.refusedSince(before, Refusal.STALE_TIMESTAMP)).isOne();
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

        Http.Response plain = postMpPlain(xxe);
        Http.Response encrypted = postMp(xxe, mpCrypt().encryptContext(xxe), null);
        Http.Response expanded = postMpPlain(bomb);

        // in safe mode plain text is refused before it is parsed (WeChatCallbacksTest parses it in plain mode)
        assertThat(plain.status()).isEqualTo(403);
        assertThat(expanded.status()).isEqualTo(403);
        assertThat(encrypted.status()).isEqualTo(400);
        for (Http.Response response : List.of(plain, encrypted, expanded)) {
            assertThat(response.text()).doesNotContain(secretText).doesNotContain("lollollol");
        }
        assertThat(messages.findByAppAndFromUserOrderByIdDesc(WeChatApp.MP, openId)).isEmpty();
        JsonNode kept = http().get("manager", "/api/quarantine?source=WECHAT_MP&size=500").json().get("items");
        assertThat(kept).as("the encrypted one proved its origin: kept")
                .filteredOn(q -> q.get("reason").asText().equals("UNSAFE_XML")).isNotEmpty()
                .allSatisfy(q -> {
                    assertThat(q.get("channel").asText()).isEqualTo("WECHAT");
                    Http.Response raw = http().get("manager", q.get("rawHref").asText());
                    assertThat(raw.header("Content-Type")).startsWith("application/xml");
                    assertThat(raw.text()).doesNotContain(secretText);
                });
        assertThat(kept.toString()).doesNotContain(secretText);
        Files.deleteIfExists(secret);
    }

    @Test
    void anUnboundSenderIsToldHowToBindAndAgentCodesBindThem() throws Exception {
        String openId = openId();
        Http.Response unbound = sendText(openId, "打印机坏了");
        assertThat(decryptMp(unbound.text())).contains("绑定");
        assertThat(messages.findByAppAndFromUserOrderByIdDesc(WeChatApp.MP, openId)).singleElement()
                .satisfies(m -> assertThat(m.getStatus()).isEqualTo(WeChatMessage.Status.IGNORED));

        assertThat(decryptMp(sendText(openId, "绑定 ZZZZZZ").text())).contains("无效");
        assertThat(http().post("it-renmin", "/api/wechat/binding-codes", Map.of("name", "某人", "phone", "1",
                "contract", "e-invoice")).status()).as("only the vendor's staff issue codes for others").isEqualTo(403);
        String code = bindingCode(uniquePhone(), "孙药师");
        assertThat(decryptMp(sendText(openId, "绑定 " + code.toLowerCase()).text())).contains("绑定成功", "孙药师");
        assertThat(bindings.findByAppAndWechatUser(WeChatApp.MP, openId)).get()
                .satisfies(b -> assertThat(b.getContractCode()).isEqualTo("e-invoice"));
        assertThat(decryptMp(sendText(openId(), "绑定 " + code).text())).as("a code binds once").contains("无效");

        // a hospital user gets their own code on the profile page; it binds them as themselves
        Http.Response own = http().post("it-renmin", "/api/wechat/binding-codes", "");
        assertThat(own.status()).as(own.text()).isEqualTo(201);
        assertThat(own.json().get("contract").asText()).isEqualTo("e-invoice");
        String staffOpenId = openId();
        assertThat(decryptMp(sendText(staffOpenId, own.json().get("code").asText()).text())).contains("绑定成功");
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

        Http.Response first = postMp(xml, mpCrypt().encryptContext(xml), null);
        Http.Response retry = postMp(xml, mpCrypt().encryptContext(xml), null);
        Http.Response retryAgain = postMp(xml, mpCrypt().encryptContext(xml), null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(decryptMp(first.text())).contains("已收到");
        assertThat(retry.text()).isEqualTo("success");
        assertThat(retryAgain.text()).isEqualTo("success");
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
        assertThat(decryptMp(postMp(followXml, mpCrypt().encryptContext(followXml), null).text())).contains(number);
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
        JsonNode withImage = http().get("agent", "/api/cases/" + number).json();
        JsonNode attachment = withImage.get("attachments").get(0);
        assertThat(http().get("agent", attachment.get("href").asText()).body()).isEqualTo(WeChatApiStub.IMAGE);
        // the image is attached the way a mail's files are: with an entry in the case's history naming it
        assertThat(withImage.get("history")).anySatisfy(e -> {
            assertThat(e.get("type").asText()).isEqualTo("ATTACHMENTS_ADDED");
            assertThat(e.get("channel").asText()).isEqualTo("WECHAT");
            assertThat(e.get("detail").asText()).isEqualTo(attachment.get("fileName").asText());
        });
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

        assertThat(postMp(xml, mpCrypt().encryptContext(xml), null).status()).isEqualTo(200);
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
            Http.Response answer = postMp(xml, mpCrypt().encryptContext(xml), null);

            assertThat(answer.status()).isEqualTo(200);
            assertThat(decryptMp(answer.text())).contains("已收到您的报修");
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
        WxCryptUtil crypt = weComCrypt();
        String marker = "排队叫号屏不显示 " + UUID.randomUUID();
        long msgId = MSG_IDS.incrementAndGet();
        String xml = "<xml><ToUserName><![CDATA[" + WECOM_CORP_ID + "]]></ToUserName><FromUserName><![CDATA["
                + "it-zhongyi]]></FromUserName><CreateTime>" + Instant.now().getEpochSecond() + "</CreateTime>"
                + "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[" + marker + "]]></Content><MsgId>" + msgId
                + "</MsgId><AgentID>1000002</AgentID></xml>";
        WxCryptUtil.EncryptContext sealed = crypt.encryptContext(xml);

        Http.Response answer = post("/intake/wechat/wecom", Map.of("msg_signature", sealed.getSignature(),
                "timestamp", sealed.getTimeStamp(), "nonce", sealed.getNonce()), weComBody(sealed));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(replyText(crypt, answer.text())).contains("已收到");
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

    @Test
    void plainTextWithAValidPlainSignatureIsRefusedWhileTheAesKeyIsSet() throws Exception {
        String openId = openId();
        String xml = textXml(openId, "明文报修 " + openId, MSG_IDS.incrementAndGet(), Instant.now());
        IntakeDoorState before = IntakeDoorState.of(entities, http(), "WECHAT_MP");

        Http.Response plain = postMpPlain(xml);

        assertThat(plain.status()).isEqualTo(403);
        assertThat(plain.text()).contains("AES key");
        assertThat(messages.findByAppAndFromUserOrderByIdDesc(WeChatApp.MP, openId)).as("nothing stored").isEmpty();
        IntakeDoorState after = IntakeDoorState.of(entities, http(), "WECHAT_MP");
        assertThat(after.quarantineRows()).isEqualTo(before.quarantineRows());
        assertThat(after.refusedSince(before, Refusal.PLAINTEXT)).isOne();
    }

    @Test
    void aCallbackIsTakenOnceItsUrlWithAnotherBodyIsRefusedAndWeChatsRetriesAreDeduplicated() throws Exception {
        String openId = openId();
        long msgId = MSG_IDS.incrementAndGet();
        String xml = textXml(openId, "第一次 " + openId, msgId, Instant.now());
        WxCryptUtil.EncryptContext sealed = mpCrypt().encryptContext(xml);
        String forgedXml = textXml(openId, "伪造 " + openId, MSG_IDS.incrementAndGet(), Instant.now());
        Map<String, String> copiedPlain = Map.of("signature", mpQuery(sealed).get("signature"),
                "timestamp", sealed.getTimeStamp(), "nonce", sealed.getNonce());
        IntakeDoorState before = IntakeDoorState.of(entities, http(), "WECHAT_MP");

        Http.Response first = post("/intake/wechat/mp", mpQuery(sealed), mpBody(sealed));
        Http.Response replayed = post("/intake/wechat/mp", mpQuery(sealed), mpBody(sealed));
        Http.Response copiedUrlPlainBody = post("/intake/wechat/mp", copiedPlain, forgedXml);
        Http.Response copiedUrlOtherCipher = post("/intake/wechat/mp", mpQuery(sealed),
                mpBody(mpCrypt().encryptContext(forgedXml)));
        Http.Response weChatsRetry = postMp(xml, mpCrypt().encryptContext(xml), null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(decryptMp(first.text())).contains("绑定");
        assertThat(replayed.status()).as(replayed.text()).isEqualTo(403);
        assertThat(replayed.text()).contains("accepted once");
        assertThat(copiedUrlPlainBody.status()).isEqualTo(403);
        assertThat(copiedUrlOtherCipher.status()).isEqualTo(403);
        assertThat(weChatsRetry.status()).as("a retry comes with a new nonce").isEqualTo(200);
        assertThat(weChatsRetry.text()).as("and is deduplicated by MsgId").isEqualTo("success");
        assertThat(messages.findByAppAndFromUserOrderByIdDesc(WeChatApp.MP, openId)).singleElement()
                .satisfies(m -> assertThat(m.getContent()).startsWith("第一次"));
        IntakeDoorState after = IntakeDoorState.of(entities, http(), "WECHAT_MP");
        assertThat(after.refusedSince(before, Refusal.REPLAYED)).isOne();
        assertThat(after.refusedSince(before, Refusal.PLAINTEXT)).isOne();
        assertThat(after.refusedSince(before, Refusal.BAD_SIGNATURE)).isOne();
        assertThat(after.quarantineRows()).isEqualTo(before.quarantineRows());
    }

    @Test
    void weComCallbacksAndUrlVerificationsAreTakenOnce() throws Exception {
        String user = "wecom-" + UUID.randomUUID();
        String xml = "<xml><ToUserName><![CDATA[" + WECOM_CORP_ID + "]]></ToUserName><FromUserName><![CDATA["
                + user + "]]></FromUserName><CreateTime>" + Instant.now().getEpochSecond() + "</CreateTime>"
                + "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[你好]]></Content><MsgId>"
                + MSG_IDS.incrementAndGet() + "</MsgId><AgentID>1000002</AgentID></xml>";
        WxCryptUtil.EncryptContext sealed = weComCrypt().encryptContext(xml);
        Map<String, String> query = Map.of("msg_signature", sealed.getSignature(), "timestamp",
                sealed.getTimeStamp(), "nonce", sealed.getNonce());
        WxCryptUtil.EncryptContext echo = weComCrypt().encryptContext("wecom-echo-" + UUID.randomUUID());
        Map<String, String> verification = Map.of("msg_signature", echo.getSignature(), "timestamp",
                echo.getTimeStamp(), "nonce", echo.getNonce(), "echostr", echo.getEncrypt());
        Map<String, String> mpVerification = new HashMap<>(plainQuery());
        mpVerification.put("echostr", "mp-echo-" + UUID.randomUUID());

        assertThat(post("/intake/wechat/wecom", query, weComBody(sealed)).status()).isEqualTo(200);
        assertThat(post("/intake/wechat/wecom", query, weComBody(sealed)).status()).isEqualTo(403);
        assertThat(get("/intake/wechat/wecom", verification).status()).isEqualTo(200);
        assertThat(get("/intake/wechat/wecom", verification).status()).isEqualTo(403);
        assertThat(get("/intake/wechat/mp", mpVerification).status()).isEqualTo(200);
        Http.Response mpAgain = get("/intake/wechat/mp", mpVerification);
        assertThat(mpAgain.status()).isEqualTo(403);
        assertThat(mpAgain.text()).doesNotContain(mpVerification.get("echostr"));
        assertThat(messages.findByAppAndFromUserOrderByIdDesc(WeChatApp.WECOM, user)).hasSize(1);
    }

    @Test
    void copiesOfOneCallbackSentAtOnceAreTakenOnce() throws Exception {
        String openId = openId();
        String xml = textXml(openId, "同时重放 " + openId, MSG_IDS.incrementAndGet(), Instant.now());
        WxCryptUtil.EncryptContext sealed = mpCrypt().encryptContext(xml);
        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Http.Response>> sent = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sent.add(senders.submit(() -> post("/intake/wechat/mp", mpQuery(sealed), mpBody(sealed))));
            }
            for (Future<Http.Response> answer : sent) {
                statuses.add(answer.get().status());
            }
        } finally {
            senders.shutdownNow();
        }
        assertThat(statuses).containsOnly(200, 403).filteredOn(s -> s == 200).hasSize(1);
        assertThat(messages.findByAppAndFromUserOrderByIdDesc(WeChatApp.MP, openId)).hasSize(1);
    }

    @Test
    void floodsOfRefusedCallbacksAreCountedThrottledLoggedBoundedlyAndNeverStored() throws Exception {
        String openId = openId();
        String marker = "flood-" + UUID.randomUUID();
        String xml = textXml(openId, marker, MSG_IDS.incrementAndGet(), Instant.now());
        WxCryptUtil.EncryptContext sealed = mpCrypt().encryptContext(xml);
        WxCryptUtil.EncryptContext old = stale(mpCrypt(), WECHAT_MP_TOKEN, xml);
        Map<String, String> forgedSignature = new HashMap<>(mpQuery(sealed));
        forgedSignature.put("msg_signature", "0".repeat(40));
        Map<String, String> unsigned = new HashMap<>(mpQuery(sealed));
        unsigned.remove("msg_signature");
        floodFromOneAddress(WeChatApp.MP, "/intake/wechat/mp", openId, marker, List.of(
                new Forged(unsigned, mpBody(sealed)), new Forged(forgedSignature, mpBody(sealed)),
                new Forged(mpQuery(old), mpBody(old)), new Forged(plainQuery(), xml)));

        String user = "wecom-" + UUID.randomUUID();
        String weComXml = xml.replace(openId, user);
        WxCryptUtil.EncryptContext weComSealed = weComCrypt().encryptContext(weComXml);
        WxCryptUtil.EncryptContext weComOld = stale(weComCrypt(), WECOM_TOKEN, weComXml);
        floodFromOneAddress(WeChatApp.WECOM, "/intake/wechat/wecom", user, marker, List.of(
                new Forged(Map.of("timestamp", now(), "nonce", "n1"), weComBody(weComSealed)),
                new Forged(Map.of("msg_signature", "0".repeat(40), "timestamp", weComSealed.getTimeStamp(), "nonce",
                        weComSealed.getNonce()), weComBody(weComSealed)),
                new Forged(Map.of("msg_signature", weComOld.getSignature(), "timestamp", weComOld.getTimeStamp(),
                        "nonce", weComOld.getNonce()), weComBody(weComOld)),
                new Forged(Map.of("msg_signature", weComSealed.getSignature(), "timestamp",
                        weComSealed.getTimeStamp(), "nonce", weComSealed.getNonce()), weComXml)));
    }

    /** A refused callback: its query and body. */
    private record Forged(Map<String, String> query, String body) {
    }

    private void floodFromOneAddress(WeChatApp app, String path, String sender, String marker, List<Forged> kinds)
            throws Exception {
        int limit = door.refusalsPerAddress();
        IntakeDoorState before = IntakeDoorState.of(entities, http(), app.source());
        List<Http.Response> answers = new ArrayList<>();
        try (AddressedClient flood = AddressedClient.fromNewAddress(port); CapturedLogs logs = CapturedLogs.start()) {
            for (int i = 0; i < FLOOD; i++) {
                Forged forged = kinds.get(i % kinds.size());
                answers.add(flood.post(target(path, forged.query()), Map.of("Content-Type", "text/xml"),
                        forged.body()));
            }
            List<ILoggingEvent> lines = logs.requestLines();
            IntakeDoorState after = IntakeDoorState.of(entities, http(), app.source());

            assertThat(answers).extracting(Http.Response::status).as(app.name()).containsOnly(403, 429);
            assertThat(answers.subList(0, limit)).noneMatch(a -> a.status() == 429);
            long throttled = answers.stream().filter(a -> a.status() == 429).count();
            assertThat(throttled).as(app.name()).isGreaterThanOrEqualTo(FLOOD - 2L * limit);
            assertThat(answers).filteredOn(a -> a.status() == 429).allSatisfy(a -> assertThat(
                    Long.parseLong(a.header("Retry-After"))).isBetween(1L, door.window().toSeconds() + 1));
            assertThat(messages.findByAppAndFromUserOrderByIdDesc(app, sender)).isEmpty();
            assertThat(after.quarantineRows()).as("no quarantine rows").isEqualTo(before.quarantineRows());
            assertThat(after.quarantineBodyBytes()).as("no stored bytes").isEqualTo(before.quarantineBodyBytes());
            assertThat(after.refusedSince(before, null)).as("every request counted").isEqualTo(FLOOD);
            assertThat(after.refusedSince(before, Refusal.THROTTLED)).isEqualTo(throttled);
            assertThat(lines).as("a bounded log: %s", lines).hasSizeBetween(1, 2 * limit)
                    .allSatisfy(l -> assertThat(l.getFormattedMessage()).doesNotContain(marker)
                            .contains(flood.address()));

            String text = textXml(openId(), "flood 之外", MSG_IDS.incrementAndGet(), Instant.now());
            WxCryptUtil.EncryptContext good = mpCrypt().encryptContext(text);
            assertThat(flood.post(target("/intake/wechat/mp", mpQuery(good)), Map.of(), mpBody(good)).status())
                    .as("the flooding address waits, signed or not").isEqualTo(429);
            sendText(openId(), "另一个地址照常");
        }
    }

    // --- WeChat's side of the protocol -------------------------------------------------------------------

    private Http.Response sendText(String openId, String text) throws Exception {
        String xml = textXml(openId, text, MSG_IDS.incrementAndGet(), Instant.now());
        Http.Response response = postMp(xml, mpCrypt().encryptContext(xml), null);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response;
    }

    private Http.Response postMp(String plainXml, WxCryptUtil.EncryptContext sealed, String msgSignature)
            throws Exception {
        Map<String, String> query = new HashMap<>(mpQuery(sealed));
        if (msgSignature != null) {
            query.put("msg_signature", msgSignature);
        }
        return post("/intake/wechat/mp", query, mpBody(sealed));
    }

    private Http.Response postMpPlain(String xml) throws Exception {
        return post("/intake/wechat/mp", plainQuery(), xml);
    }

    /** A valid plain-mode signature (token, timestamp, nonce) with a fresh nonce. */
    private static Map<String, String> plainQuery() throws Exception {
        String timestamp = now();
        String nonce = "n" + UUID.randomUUID().toString().substring(0, 12);
        return Map.of("signature", sha1(WECHAT_MP_TOKEN, timestamp, nonce), "timestamp", timestamp, "nonce", nonce);
    }

    /** The service account's query for an encrypted callback, as WeChat sends it. */
    private static Map<String, String> mpQuery(WxCryptUtil.EncryptContext sealed) throws Exception {
        return Map.of("signature", sha1(WECHAT_MP_TOKEN, sealed.getTimeStamp(), sealed.getNonce()),
                "timestamp", sealed.getTimeStamp(), "nonce", sealed.getNonce(), "openid", "x", "encrypt_type", "aes",
                "msg_signature", sealed.getSignature());
    }

    private static String mpBody(WxCryptUtil.EncryptContext sealed) {
        return "<xml><ToUserName><![CDATA[gh_weibao]]></ToUserName><Encrypt><![CDATA[" + sealed.getEncrypt()
                + "]]></Encrypt></xml>";
    }

    private static String weComBody(WxCryptUtil.EncryptContext sealed) {
        return "<xml><ToUserName><![CDATA[" + WECOM_CORP_ID + "]]></ToUserName><Encrypt><![CDATA["
                + sealed.getEncrypt() + "]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>";
    }

    /** The message sealed properly, but signed with a timestamp from 2001. */
    private static WxCryptUtil.EncryptContext stale(WxCryptUtil crypt, String token, String xml) throws Exception {
        WxCryptUtil.EncryptContext good = crypt.encryptContext(xml);
        return new WxCryptUtil.EncryptContext(good.getEncrypt(), sha1(token, "1000000000", good.getNonce(),
                good.getEncrypt()), "1000000000", good.getNonce());
    }

    private static WxCryptUtil weComCrypt() {
        return new WxCryptUtil(WECOM_TOKEN, WECOM_AES_KEY, WECOM_CORP_ID);
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

    private Http.Response get(String path, Map<String, String> query) {
        return ownAddress().get(target(path, query));
    }

    private Http.Response post(String path, Map<String, String> query, String body) {
        return ownAddress().post(target(path, query), Map.of("Content-Type", "text/xml"), body);
    }

    /** The path and query of a callback URL. */
    private String target(String path, Map<String, String> query) {
        URI uri = uri(path, query);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
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

    @Test
    void aMessageFailingItsLastAttemptIsQuarantinedOnceAndAFailedReprocessingCountsOnThatItem() {
        String openId = openId();
        String xml = "<xml><FromUserName>" + openId + "</FromUserName><MsgType>text</MsgType></xml>";
        WeChatMessage message = messages.save(new WeChatMessage(WeChatApp.MP, "test:" + openId, new InboundMessage(
                WeChatApp.MP, openId, "gh_test", "text", "打印机坏了", null, null, null, Instant.now(), xml),
                Instant.now()));
        String reference = WeChatEndpoint.MESSAGE_REFERENCE + message.getId();
        for (int attempt = 1; attempt <= wechat.maxAttempts(); attempt++) {
            processor.retry(message.getId());
            processor.process(message.getId());
        }
        List<QuarantinedItem> kept = quarantine.findAll().stream()
                .filter(q -> reference.equals(q.getReference())).toList();
        assertThat(kept).as("the sender is not bound: every attempt failed, the last one quarantined it")
                .singleElement().satisfies(q -> {
                    assertThat(q.getSource()).isEqualTo("WECHAT_MP");
                    assertThat(new String(q.getBody(), StandardCharsets.UTF_8)).isEqualTo(xml);
                });
        long id = kept.get(0).getId();

        Http.Response again = http().post("lead", "/api/quarantine/" + id + "/reprocess", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text()).contains("no longer bound");
        assertThat(quarantine.findAll()).as("no second item for the same message")
                .filteredOn(q -> reference.equals(q.getReference())).singleElement()
                .satisfies(q -> assertThat(q.getAttempts()).isEqualTo(2));
        assertThat(http().post("lead", "/api/quarantine/" + id + "/dismiss", Map.of("note", "发送人未绑定")).json()
                .get("status").asText()).isEqualTo("DISMISSED");
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
