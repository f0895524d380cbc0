package com.weibao.intake.wechat;

import com.weibao.intake.IntakeDoor.Refusal;
import com.weibao.intake.QuarantinedItem;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.cp.bean.message.WxCpXmlMessage;
import me.chanjar.weixin.cp.bean.message.WxCpXmlOutMessage;
import me.chanjar.weixin.cp.util.crypto.WxCpCryptUtil;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;
import me.chanjar.weixin.mp.bean.message.WxMpXmlOutMessage;
import me.chanjar.weixin.mp.util.crypto.WxMpCryptUtil;
import org.springframework.stereotype.Component;

/**
 * WeChat's callback protocol, with WxJava doing the crypto: the URL verification (echostr), the signature check
 * (plain mode: sha1 of token, timestamp, nonce; AES mode: msg_signature over the encrypted content too), AES
 * decryption and encryption of passive replies. In safe mode (an AES key is configured; WeCom always) only encrypted
 * messages with a valid msg_signature are taken: the plain signature does not cover the body. Every XML passes
 * {@link SafeXml} first; stale timestamps are refused. That a nonce is used once is {@link WeChatNonces}' part.
 */
@Component
class WeChatCallbacks {

    private final WeChatClients clients;
    private final WeChatProperties properties;
    private final Clock clock;

    WeChatCallbacks(WeChatClients clients, WeChatProperties properties, Clock clock) {
        this.clients = clients;
        this.properties = properties;
        this.clock = clock;
    }

    /** The query parameters WeChat signs a callback with. */
    record Signed(String signature, String msgSignature, String timestamp, String nonce, String echostr,
                  String encryptType) {

        boolean aes() {
            return "aes".equalsIgnoreCase(encryptType) || (msgSignature != null && signature == null);
        }
    }

    /** A callback refused at the door (it did not prove it comes from WeChat, now): the HTTP status and why. */
    static final class Rejected extends RuntimeException {
        final int status;
        final Refusal reason;

        Rejected(int status, Refusal reason, String message) {
            super(message);
            this.status = status;
            this.reason = reason;
        }
    }

    /** A callback that proved it comes from WeChat but cannot be taken: 400, kept in the quarantine. */
    static final class Unprocessable extends RuntimeException {
        final QuarantinedItem.Reason reason;

        Unprocessable(QuarantinedItem.Reason reason, String message) {
            super(message);
            this.reason = reason;
        }
    }

    /** GET: the callback URL verification; returns the echostr to answer with. */
    String verify(WeChatApp app, Signed signed) {
        requireConfigured(app);
        fresh(signed);
        if (signed.echostr() == null) {
            throw new Rejected(400, Refusal.MALFORMED, "echostr is missing");
        }
        if (app == WeChatApp.MP) {
            checkPlainSignature(signed);
            return signed.echostr();
        }
        try {
            return cpCrypt().decryptContent(signed.msgSignature(), signed.timestamp(), signed.nonce(),
                    signed.echostr());
        } catch (RuntimeException e) {
            throw new Rejected(403, Refusal.BAD_SIGNATURE, "msg_signature does not match: " + e.getMessage());
        }
    }

    /** POST: checks, decrypts and parses the message. */
    InboundMessage receive(WeChatApp app, Signed signed, String body) {
        requireConfigured(app);
        boolean encrypted = app == WeChatApp.WECOM || signed.aes();
        if (!encrypted && properties.mp().safeMode()) {
            throw new Rejected(403, Refusal.PLAINTEXT, "an AES key is configured (safe mode): only encrypted"
                    + " messages with encrypt_type=aes and msg_signature are accepted");
        }
        if (!encrypted) {
            checkPlainSignature(signed);
        }
        safe(body, false);
        String xml = body;
        if (encrypted) {
            if (signed.msgSignature() == null) {
                throw new Rejected(403, Refusal.UNSIGNED, "msg_signature is missing");
            }
            try {
                xml = app == WeChatApp.MP
                        ? new WxMpCryptUtil(clients.mp().orElseThrow().getWxMpConfigStorage())
                        .decryptXml(signed.msgSignature(), signed.timestamp(), signed.nonce(), body)
                        : cpCrypt().decryptXml(signed.msgSignature(), signed.timestamp(), signed.nonce(), body);
            } catch (RuntimeException e) {
                throw new Rejected(403, Refusal.BAD_SIGNATURE, "the encrypted message does not verify: "
                        + e.getMessage());
            }
            safe(xml, true);
        }
        fresh(signed);
        try {
            if (app == WeChatApp.MP) {
                WxMpXmlMessage m = WxMpXmlMessage.fromXml(xml);
                return new InboundMessage(app, m.getFromUser(), m.getToUser(), m.getMsgType(),
                        "voice".equalsIgnoreCase(m.getMsgType()) ? m.getRecognition() : m.getContent(),
                        m.getMediaId(), m.getMsgId(), m.getEvent(), seconds(m.getCreateTime()), xml);
            }
            WxCpXmlMessage m = WxCpXmlMessage.fromXml(xml, null);
            return new InboundMessage(app, m.getFromUserName(), m.getToUserName(), m.getMsgType(),
                    "voice".equalsIgnoreCase(m.getMsgType()) ? m.getRecognition() : m.getContent(),
                    m.getMediaId(), m.getMsgId(), m.getEvent(), seconds(m.getCreateTime()), xml);
        } catch (RuntimeException e) {
            throw new Unprocessable(QuarantinedItem.Reason.MALFORMED, "not a WeChat message: " + e.getMessage());
        }
    }

    /** A passive text reply to the message, encrypted when the callback was. */
    String reply(InboundMessage message, Signed signed, String text) {
        if (message.app() == WeChatApp.MP) {
            WxMpXmlOutMessage out = WxMpXmlOutMessage.TEXT().content(text).fromUser(message.toUser())
                    .toUser(message.fromUser()).build();
            return signed.aes() ? out.toEncryptedXml(clients.mp().orElseThrow().getWxMpConfigStorage()) : out.toXml();
        }
        WxCpXmlOutMessage out = WxCpXmlOutMessage.TEXT().content(text).fromUser(message.toUser())
                .toUser(message.fromUser()).build();
        return out.toEncryptedXml(clients.wecom().orElseThrow().getWxCpConfigStorage());
    }

    private void requireConfigured(WeChatApp app) {
        if (!clients.configured(app)) {
            throw new Rejected(404, Refusal.CHANNEL_OFF, "the " + app + " channel is not configured");
        }
    }

    private void checkPlainSignature(Signed signed) {
        if (signed.signature() == null || signed.timestamp() == null || signed.nonce() == null) {
            throw new Rejected(403, Refusal.UNSIGNED, "signature, timestamp and nonce are required");
        }
        String expected = SHA1.gen(properties.mp().token(), signed.timestamp(), signed.nonce());
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                signed.signature().getBytes(StandardCharsets.US_ASCII))) {
            throw new Rejected(403, Refusal.BAD_SIGNATURE, "signature does not match");
        }
    }

    private void fresh(Signed signed) {
        if (signed.nonce() == null || signed.nonce().length() > WeChatNonces.MAX_NONCE_LENGTH) {
            throw new Rejected(403, Refusal.MALFORMED, "nonce is missing or longer than "
                    + WeChatNonces.MAX_NONCE_LENGTH + " characters");
        }
        Instant sent;
        try {
            sent = Instant.ofEpochSecond(Long.parseLong(signed.timestamp()));
        } catch (RuntimeException e) {
            throw new Rejected(403, Refusal.STALE_TIMESTAMP, "timestamp is not Unix seconds: "
                    + signed.timestamp());
        }
        Duration skew = Duration.between(sent, clock.instant()).abs();
        if (skew.compareTo(properties.maxSkew()) > 0) {
            throw new Rejected(403, Refusal.STALE_TIMESTAMP, "timestamp is " + skew.toSeconds()
                    + " s away from our clock; at most " + properties.maxSkew().toSeconds() + " s are accepted");
        }
    }

    /** The body as sent is refused at the door; the decrypted content proved its origin and is kept. */
    private static void safe(String xml, boolean decrypted) {
        try {
            SafeXml.check(xml);
        } catch (SafeXml.UnsafeXml e) {
            if (decrypted) {
                throw new Unprocessable(QuarantinedItem.Reason.UNSAFE_XML, "refused XML: " + e.getMessage());
            }
            throw new Rejected(400, Refusal.UNSAFE_XML, "refused XML: " + e.getMessage());
        }
    }

    private WxCpCryptUtil cpCrypt() {
        return new WxCpCryptUtil(clients.wecom().orElseThrow().getWxCpConfigStorage());
    }

    private static Instant seconds(Long epochSeconds) {
        return epochSeconds == null ? null : Instant.ofEpochSecond(epochSeconds);
    }
}
