package com.weibao.intake.wechat;

import com.weibao.cases.Channel;
import com.weibao.cases.IncomingFile;
import com.weibao.cases.NewCase;
import com.weibao.cases.ReportedAtLimits;
import com.weibao.cases.Reporter;
import com.weibao.cases.SupportCase;
import com.weibao.cases.SupportCaseService;
import com.weibao.contract.Category;
import com.weibao.intake.IntakeQuarantine;
import com.weibao.intake.QuarantinedItem;
import com.weibao.notify.NotificationRequest;
import com.weibao.notify.Notifications;
import com.weibao.notify.Recipient;
import com.weibao.platform.security.Caller;
import com.weibao.platform.security.CallerDirectory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a recorded WeChat message into a new case (the sender's first message, or one not about an open case) or
 * a note on the sender's open case; images and voice are kept as attachments. Runs in the background; a failure is
 * recorded on the message and retried, and after the last attempt the message goes to the quarantine.
 */
@Service
public class WeChatProcessor {

    private static final Logger log = LoggerFactory.getLogger(WeChatProcessor.class);
    private static final int SUMMARY_MAX = 60;

    private final WeChatMessageRepository messages;
    private final WeChatBindings bindings;
    private final WeChatMedia media;
    private final SupportCaseService cases;
    private final Notifications notifications;
    private final CallerDirectory callers;
    private final IntakeQuarantine quarantine;
    private final WeChatProperties properties;
    private final ObjectProvider<WeChatProcessingObserver> observers;
    private final TransactionTemplate transaction;
    private final ReportedAtLimits reportedAtLimits;
    private final Clock clock;

    WeChatProcessor(WeChatMessageRepository messages, WeChatBindings bindings, WeChatMedia media,
                    SupportCaseService cases, Notifications notifications, CallerDirectory callers,
                    IntakeQuarantine quarantine, WeChatProperties properties,
                    ObjectProvider<WeChatProcessingObserver> observers, PlatformTransactionManager transactions,
                    ReportedAtLimits reportedAtLimits, Clock clock) {
        this.messages = messages;
        this.bindings = bindings;
        this.media = media;
        this.cases = cases;
        this.notifications = notifications;
        this.callers = callers;
        this.quarantine = quarantine;
        this.properties = properties;
        this.observers = observers;
        this.transaction = new TransactionTemplate(transactions);
        this.reportedAtLimits = reportedAtLimits;
        this.clock = clock;
    }

    public void process(long messageId) {
        WeChatMessage message = messages.findById(messageId).orElse(null);
        if (message == null || message.getStatus() != WeChatMessage.Status.RECEIVED) {
            return;
        }
        observers.orderedStream().forEach(o -> o.beforeProcessing(message));
        try {
            WeChatMedia.Download file = message.getMediaId() == null ? null
                    : media.download(message.getApp(), message.getMediaId(), "wechat-" + message.getId());
            transaction.executeWithoutResult(s -> handle(messageId, file));
        } catch (Exception e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.warn("WeChat message {} not processed: {}", messageId, error);
            WeChatMessage failed = transaction.execute(s -> {
                WeChatMessage current = messages.findById(messageId).orElseThrow();
                current.failed(error, clock.instant());
                return current;
            });
            // kept once, at its last attempt; a supervisor's reprocessing that fails again counts on that item
            if (failed.getAttempts() == properties.maxAttempts()) {
                quarantine.keep(IntakeQuarantine.Arrival.request(Channel.WECHAT, failed.getApp().source(),
                                WeChatEndpoint.XML, failed.getRawXml().getBytes(StandardCharsets.UTF_8),
                                "wechat message " + failed.getId(), Map.of("FromUserName", failed.getFromUser())),
                        QuarantinedItem.Reason.FAILED, error, WeChatEndpoint.MESSAGE_REFERENCE + failed.getId());
            }
        }
    }

    /** Back to RECEIVED for another round (a supervisor reprocessing it from the quarantine). */
    void retry(long messageId) {
        transaction.executeWithoutResult(s -> messages.findById(messageId).orElseThrow().retry());
    }

    private void handle(long messageId, WeChatMedia.Download file) {
        WeChatMessage message = messages.findById(messageId).orElseThrow();
        if (message.getStatus() != WeChatMessage.Status.RECEIVED) {
            return;
        }
        WeChatBinding binding = bindings.of(message.getApp(), message.getFromUser()).orElseThrow(() ->
                new IllegalStateException("sender " + message.getFromUser() + " is no longer bound"));
        Caller caller = binding.getUserId() == null ? Caller.system("wechat:" + binding.getReporterName())
                : callers.caller(binding.getUserId());
        String text = text(message, file);
        SupportCase target = message.getAction() == WeChatMessage.Action.NOTE && message.getCaseNumber() != null
                ? cases.findByNumber(message.getCaseNumber()).filter(c -> c.getStatus().isOpen()).orElse(null)
                : null;
        if (target != null) {
            cases.addNote(target.getNumber(), text, true, Channel.WECHAT, caller);
            attach(target, file, caller);
            message.done(WeChatMessage.Status.PROCESSED, WeChatMessage.Action.NOTE, target.getNumber(),
                    clock.instant());
            return;
        }
        Instant now = clock.instant();
        Instant sent = reportedAtLimits.weChatTime(message.getSentAt(), message.getReceivedAt());
        SupportCase created = cases.submit(new NewCase(binding.getContractCode(), null,
                new Reporter(binding.getReporterName(), binding.getReporterPhone(), binding.getReporterEmail(),
                        binding.getReporterDepartment()), Channel.WECHAT, Category.FAULT, null, summary(message, text),
                text, sent, null, "wechat"), Caller.system("wechat"));
        attach(created, file, caller);
        message.done(WeChatMessage.Status.PROCESSED, WeChatMessage.Action.NEW_CASE, created.getNumber(), now);
        messages.flush();
        notifications.send(new NotificationRequest(Recipient.reporter(), created.getId(), created.getNumber(),
                "REPORTER_REGISTERED", "您的报修已登记", "您好，" + binding.getReporterName() + "：\n\n您的报修已登记，工单号 "
                + created.getNumber() + "（" + created.getSummary() + "）。我们受理后会再通知您；补充说明时请带上工单号。"
                + "\n\nWeibao 维保服务台", "case:" + created.getId() + ":reporter:registered"));
    }

    private void attach(SupportCase supportCase, WeChatMedia.Download file, Caller caller) {
        if (file != null) {
            cases.attachIncoming(supportCase.getId(),
                    List.of(new IncomingFile(file.fileName(), file.contentType(), file.content())), Channel.WECHAT,
                    caller.userId());
        }
    }

    private static String text(WeChatMessage message, WeChatMedia.Download file) {
        String content = message.getContent() == null ? "" : message.getContent().strip();
        if ("image".equalsIgnoreCase(message.getMsgType())) {
            return "（微信图片：" + file.fileName() + "）" + (content.isEmpty() ? "" : " " + content);
        }
        if ("voice".equalsIgnoreCase(message.getMsgType())) {
            return "（微信语音" + (file == null ? "" : "：" + file.fileName()) + "）"
                    + (content.isEmpty() ? "" : " 识别内容：" + content);
        }
        return content.isEmpty() ? "（空消息）" : content;
    }

    private static String summary(WeChatMessage message, String text) {
        if ("image".equalsIgnoreCase(message.getMsgType())) {
            return "微信图片报修";
        }
        String line = (message.getContent() == null || message.getContent().isBlank() ? text
                : message.getContent()).strip().replaceAll("\\s+", " ");
        String prefix = "voice".equalsIgnoreCase(message.getMsgType()) ? "微信语音报修：" : "";
        line = prefix + line;
        return line.length() <= SUMMARY_MAX ? line : line.substring(0, SUMMARY_MAX) + "…";
    }
}
