package com.weibao.intake.wechat;

import java.time.Instant;

/**
 * A message or event a WeChat user sent, as WxJava parsed it from the (decrypted) callback XML: text for text
 * messages and WeChat's speech recognition for voice; the media id for images and voice.
 */
public record InboundMessage(WeChatApp app, String fromUser, String toUser, String msgType, String text,
                             String mediaId, Long msgId, String event, Instant createTime, String rawXml) {

    /** WeChat retries a callback up to three times: MsgId for messages, sender + CreateTime for events. */
    public String dedupKey() {
        if (msgId != null && msgId != 0) {
            return "msg:" + msgId;
        }
        return "event:" + fromUser + ":" + (createTime == null ? "?" : createTime.getEpochSecond()) + ":"
                + (event == null ? msgType : event);
    }

    public boolean isEvent() {
        return "event".equalsIgnoreCase(msgType);
    }

    public boolean isImage() {
        return "image".equalsIgnoreCase(msgType);
    }

    public boolean isVoice() {
        return "voice".equalsIgnoreCase(msgType);
    }

    public boolean isText() {
        return "text".equalsIgnoreCase(msgType);
    }
}
