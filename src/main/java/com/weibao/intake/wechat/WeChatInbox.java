package com.weibao.intake.wechat;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a WeChat message in within WeChat's 5 seconds: records it once, decides what it will become and what to
 * answer. Bindings are done at once (quick); a case or a note is made in the background by {@link
 * WeChatProcessor}, so a slow case registration never makes WeChat retry.
 */
@Service
public class WeChatInbox {

    static final String HOW_TO_BIND = "您好，这里是 Weibao 维保服务台。首次使用请先绑定：在 Weibao 个人资料页获取绑定码，"
            + "或致电服务热线索取，然后发送“绑定 绑定码”（例如：绑定 K7Q2MX）。绑定后直接发送文字、图片或语音即可报修。";

    private final WeChatMessageRepository messages;
    private final WeChatBindings bindings;
    private final WeChatCaseRouting routing;
    private final Clock clock;

    WeChatInbox(WeChatMessageRepository messages, WeChatBindings bindings, WeChatCaseRouting routing, Clock clock) {
        this.messages = messages;
        this.bindings = bindings;
        this.routing = routing;
        this.clock = clock;
    }

    /** What to do after answering: the passive reply (null: "success"), and whether to process in the background. */
    public record Accepted(long messageId, boolean duplicate, String reply, boolean process) {
    }

    @Transactional
    public Accepted accept(InboundMessage message) {
        Optional<WeChatMessage> seen = messages.findByAppAndDedupKey(message.app(), message.dedupKey());
        if (seen.isPresent()) {
            return new Accepted(seen.get().getId(), true, null, false);
        }
        WeChatMessage row = messages.saveAndFlush(new WeChatMessage(message.app(), message.dedupKey(), message,
                clock.instant()));
        if (message.isEvent()) {
            row.done(WeChatMessage.Status.IGNORED, WeChatMessage.Action.NONE, null, clock.instant());
            return new Accepted(row.getId(), false, "subscribe".equalsIgnoreCase(message.event()) ? HOW_TO_BIND : null,
                    false);
        }
        Optional<WeChatBinding> binding = bindings.of(message.app(), message.fromUser());
        Optional<String> code = message.isText()
                ? WeChatBindings.bindingCode(message.text(), binding.isPresent()) : Optional.empty();
        if (code.isPresent()) {
            Optional<WeChatBinding> bound = bindings.bind(message.app(), message.fromUser(), code.get());
            row.done(bound.isPresent() ? WeChatMessage.Status.PROCESSED : WeChatMessage.Status.IGNORED,
                    WeChatMessage.Action.BIND, null, clock.instant());
            return new Accepted(row.getId(), false, bound.map(b -> "绑定成功：" + b.getReporterName()
                    + (b.getContractCode() == null ? "" : "（合同 " + b.getContractCode() + "）")
                    + "。之后直接发送文字、图片或语音即可报修，回复时带上工单号即可补充说明。")
                    .orElse("绑定码无效或已过期，请重新获取。"), false);
        }
        if (binding.isEmpty()) {
            row.done(WeChatMessage.Status.IGNORED, WeChatMessage.Action.NONE, null, clock.instant());
            return new Accepted(row.getId(), false, HOW_TO_BIND, false);
        }
        if (!(message.isText() || message.isImage() || message.isVoice())) {
            row.done(WeChatMessage.Status.IGNORED, WeChatMessage.Action.NONE, null, clock.instant());
            return new Accepted(row.getId(), false, "暂只支持文字、图片和语音消息。", false);
        }
        if (binding.get().getContractCode() == null) {
            row.done(WeChatMessage.Status.IGNORED, WeChatMessage.Action.NONE, null, clock.instant());
            return new Accepted(row.getId(), false, "您的绑定没有指定维保合同，暂时无法登记，请致电服务热线。", false);
        }
        Optional<String> target = routing.noteTarget(binding.get(), message.text());
        if (target.isPresent()) {
            row.plan(WeChatMessage.Action.NOTE, target.get());
            return new Accepted(row.getId(), false, "已收到，将记入工单 " + target.get() + "。", true);
        }
        row.plan(WeChatMessage.Action.NEW_CASE, null);
        return new Accepted(row.getId(), false, "已收到您的报修，正在登记，稍后把工单号发给您。", true);
    }
}
