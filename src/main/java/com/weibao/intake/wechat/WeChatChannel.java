package com.weibao.intake.wechat;

import com.weibao.notify.ChannelType;
import com.weibao.notify.Contact;
import com.weibao.notify.DeliveryChannel;
import com.weibao.notify.Notification;
import java.util.Optional;
import me.chanjar.weixin.cp.bean.message.WxCpMessage;
import me.chanjar.weixin.cp.bean.message.WxCpMessageSendResult;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateData;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateMessage;
import org.springframework.stereotype.Component;

/**
 * WeChat as an outbound channel: a WeCom app message to hospital staff bound by WeCom user id, and to service-account
 * followers a template message (when a template is configured) or a customer-service text message. Off until an
 * app is configured. Failures throw, so the notification outbox retries and records them.
 */
@Component
class WeChatChannel implements DeliveryChannel {

    static final String MP_PREFIX = "mp:";
    static final String WECOM_PREFIX = "wecom:";
    /** WeChat's text messages are limited to 2048 bytes; a Chinese character takes 3. */
    private static final int TEXT_MAX_CHARS = 600;

    private final WeChatClients clients;

    WeChatChannel(WeChatClients clients) {
        this.clients = clients;
    }

    @Override
    public ChannelType type() {
        return ChannelType.WECHAT;
    }

    @Override
    public boolean enabled() {
        return clients.configured(WeChatApp.MP) || clients.configured(WeChatApp.WECOM);
    }

    @Override
    public Optional<String> addressOf(Contact contact) {
        if (contact.wecomUserId() != null && clients.configured(WeChatApp.WECOM)) {
            return Optional.of(WECOM_PREFIX + contact.wecomUserId());
        }
        if (contact.wechatOpenId() != null && clients.configured(WeChatApp.MP)) {
            return Optional.of(MP_PREFIX + contact.wechatOpenId());
        }
        return Optional.empty();
    }

    @Override
    public String deliver(Notification notification) throws Exception {
        String address = notification.getAddress();
        String text = text(notification);
        if (address.startsWith(WECOM_PREFIX)) {
            String user = address.substring(WECOM_PREFIX.length());
            WxCpMessageSendResult result = clients.wecom().orElseThrow().getMessageService().send(WxCpMessage.TEXT()
                    .agentId(clients.properties().wecom().agentId()).toUser(user).content(text).build());
            if (result.getInvalidUserList() != null && result.getInvalidUserList().contains(user)) {
                throw new IllegalStateException("WeCom does not know user " + user);
            }
            return result.getMsgId();
        }
        if (address.startsWith(MP_PREFIX)) {
            String openId = address.substring(MP_PREFIX.length());
            WeChatProperties.Mp mp = clients.properties().mp();
            if (mp.templateId() != null && !mp.templateId().isBlank()) {
                WxMpTemplateMessage template = WxMpTemplateMessage.builder().toUser(openId)
                        .templateId(mp.templateId()).build();
                template.addData(new WxMpTemplateData(mp.templateFields().caseNumber(),
                        notification.getReference() == null ? "-" : notification.getReference()));
                template.addData(new WxMpTemplateData(mp.templateFields().status(), cut(notification.getSubject(), 20)));
                template.addData(new WxMpTemplateData(mp.templateFields().remark(),
                        cut(notification.getBody().replaceAll("\\s+", " "), 20)));
                return clients.mp().orElseThrow().getTemplateMsgService().sendTemplateMsg(template);
            }
            clients.mp().orElseThrow().getKefuService().sendKefuMessage(WxMpKefuMessage.TEXT().toUser(openId)
                    .content(text).build());
            return null;
        }
        throw new IllegalArgumentException("not a WeChat address: " + address);
    }

    private static String text(Notification notification) {
        String reference = notification.getReference() == null ? "" : "[" + notification.getReference() + "] ";
        return cut("【" + reference + notification.getSubject() + "】\n" + notification.getBody(), TEXT_MAX_CHARS);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
