package com.weibao.intake.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.weibao.intake.IntakeDoor.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.junit.jupiter.api.Test;

/**
 * The callback protocol without HTTP: plain text is taken only where no AES key is configured (and then passes the
 * XML gate), encrypted messages need a msg_signature over their content, a switched-off app refuses everything.
 */
class WeChatCallbacksTest {

    private static final String TOKEN = "token";
    private static final String AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";
    private static final String APP_ID = "wx0000000000unit";
    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final String TIMESTAMP = Long.toString(NOW.getEpochSecond());
    private static final String XML = "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><FromUserName><![CDATA[o1]]>"
            + "</FromUserName><CreateTime>" + TIMESTAMP + "</CreateTime><MsgType><![CDATA[text]]></MsgType>"
            + "<Content><![CDATA[打印机坏了]]></Content><MsgId>42</MsgId></xml>";

    @Test
    void withoutAnAesKeyPlainTextWithAValidSignatureIsTaken() {
        InboundMessage message = callbacks(null).receive(WeChatApp.MP, plain("n1"), XML);

        assertThat(message.text()).isEqualTo("打印机坏了");
        assertThat(message.dedupKey()).isEqualTo("msg:42");
    }

    @Test
    void withoutAnAesKeyPlainTextStillPassesTheXmlGateAndTheSignature() {
        String xxe = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + XML.replace("打印机坏了", "&e;");

        assertThatThrownBy(() -> callbacks(null).receive(WeChatApp.MP, plain("n2"), xxe))
                .isInstanceOfSatisfying(WeChatCallbacks.Rejected.class, r -> {
                    assertThat(r.reason).isEqualTo(Refusal.UNSAFE_XML);
                    assertThat(r.status).isEqualTo(400);
                });
        WeChatCallbacks.Signed forged = new WeChatCallbacks.Signed("0".repeat(40), null, TIMESTAMP, "n3", null, null);
        assertThatThrownBy(() -> callbacks(null).receive(WeChatApp.MP, forged, XML))
                .isInstanceOfSatisfying(WeChatCallbacks.Rejected.class,
                        r -> assertThat(r.reason).isEqualTo(Refusal.BAD_SIGNATURE));
    }

    @Test
    void withAnAesKeyPlainTextIsRefusedEvenWithAValidSignature() {
        assertThatThrownBy(() -> callbacks(AES_KEY).receive(WeChatApp.MP, plain("n4"), XML))
                .isInstanceOfSatisfying(WeChatCallbacks.Rejected.class, r -> {
                    assertThat(r.reason).isEqualTo(Refusal.PLAINTEXT);
                    assertThat(r.status).isEqualTo(403);
                });
    }

    @Test
    void withAnAesKeyAnEncryptedMessageIsTakenOnlyUnderItsOwnMsgSignature() {
        WxCryptUtil crypt = new WxCryptUtil(TOKEN, AES_KEY, APP_ID);
        String encrypted = crypt.encryptContext(XML).getEncrypt();
        String body = "<xml><ToUserName><![CDATA[gh_1]]></ToUserName><Encrypt><![CDATA[" + encrypted
                + "]]></Encrypt></xml>";
        String msgSignature = SHA1.gen(TOKEN, TIMESTAMP, "n5", encrypted);

        InboundMessage message = callbacks(AES_KEY).receive(WeChatApp.MP, encrypted(msgSignature, "n5"), body);
        assertThat(message.text()).isEqualTo("打印机坏了");

        String other = body.replace(encrypted, crypt.encryptContext(XML.replace("打印机坏了", "伪造")).getEncrypt());
        assertThatThrownBy(() -> callbacks(AES_KEY).receive(WeChatApp.MP, encrypted(msgSignature, "n5"), other))
                .isInstanceOfSatisfying(WeChatCallbacks.Rejected.class,
                        r -> assertThat(r.reason).isEqualTo(Refusal.BAD_SIGNATURE));
        assertThatThrownBy(() -> callbacks(AES_KEY).receive(WeChatApp.MP, encrypted(null, "n5"), body))
                .isInstanceOfSatisfying(WeChatCallbacks.Rejected.class,
                        r -> assertThat(r.reason).isEqualTo(Refusal.UNSIGNED));
    }

    @Test
    void aSwitchedOffAppRefusesEverything() {
        WeChatCallbacks off = new WeChatCallbacks(new WeChatClients(new WeChatProperties(null, null, null, null, 0)),
                new WeChatProperties(null, null, null, null, 0), Clock.fixed(NOW, ZoneOffset.UTC));

        for (WeChatApp app : WeChatApp.values()) {
            assertThatThrownBy(() -> off.receive(app, plain("n6"), XML))
                    .isInstanceOfSatisfying(WeChatCallbacks.Rejected.class, r -> {
                        assertThat(r.reason).isEqualTo(Refusal.CHANNEL_OFF);
                        assertThat(r.status).isEqualTo(404);
                    });
        }
    }

    private static WeChatCallbacks.Signed plain(String nonce) {
        return new WeChatCallbacks.Signed(SHA1.gen(TOKEN, TIMESTAMP, nonce), null, TIMESTAMP, nonce, null, null);
    }

    private static WeChatCallbacks.Signed encrypted(String msgSignature, String nonce) {
        return new WeChatCallbacks.Signed(SHA1.gen(TOKEN, TIMESTAMP, nonce), msgSignature, TIMESTAMP, nonce, null,
                "aes");
    }

    private static WeChatCallbacks callbacks(String aesKey) {
        WeChatProperties properties = new WeChatProperties(new WeChatProperties.Mp(APP_ID, "secret", TOKEN, aesKey,
                null, null, null), null, null, null, 0);
        return new WeChatCallbacks(new WeChatClients(properties), properties, Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
