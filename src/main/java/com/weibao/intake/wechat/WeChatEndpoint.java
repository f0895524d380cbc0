package com.weibao.intake.wechat;

import com.weibao.cases.Channel;
import com.weibao.intake.IntakeDoor;
import com.weibao.intake.IntakeDoor.Refusal;
import com.weibao.intake.IntakeQuarantine;
import com.weibao.intake.QuarantineChannel;
import com.weibao.intake.QuarantinedItem;
import com.weibao.platform.web.ConflictException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The steps of the WeChat callback routes: GET answers the URL verification, POST checks, decrypts and records
 * the message and answers at once ("success" or a short passive reply); the message is then processed from the
 * SEDA queue. Each callback's nonce is taken once ({@link WeChatNonces}), with the message it brought. Callbacks
 * refused before they proved they come from WeChat are counted and logged by the {@link IntakeDoor}, not stored;
 * authenticated ones that cannot be taken are kept in the quarantine with their raw body.
 */
@Component
class WeChatEndpoint implements QuarantineChannel {

    private static final Logger log = LoggerFactory.getLogger(WeChatEndpoint.class);
    static final String INBOUND_QUEUE = "seda:wechat-inbound";
    /** The quarantine's reference of a message that failed its last attempt, followed by its id. */
    static final String MESSAGE_REFERENCE = "wechat-message:";
    /** The media type of what WeChat sends, as the quarantine keeps it. */
    static final String XML = "application/xml";
    private static final String RAW = "weibao.wechat.raw";
    private static final String APP = "weibao.wechat.app";
    private static final String SIGNED = "weibao.wechat.signed";
    private static final String AUTHENTICATED = "weibao.wechat.authenticated";
    private static final int MAX_BODY_BYTES = 64 * 1024;
    private static final Duration RECOVERY_AFTER = Duration.ofMinutes(5);

    private final WeChatCallbacks callbacks;
    private final WeChatNonces nonces;
    private final WeChatInbox inbox;
    private final WeChatProcessor processor;
    private final WeChatMessageRepository messages;
    private final IntakeQuarantine quarantine;
    private final IntakeDoor door;
    private final WeChatProperties properties;
    private final ProducerTemplate producer;
    private final TransactionTemplate transaction;
    private final Clock clock;

    WeChatEndpoint(WeChatCallbacks callbacks, WeChatNonces nonces, WeChatInbox inbox, WeChatProcessor processor,
                   WeChatMessageRepository messages, IntakeQuarantine quarantine, IntakeDoor door,
                   WeChatProperties properties, ProducerTemplate producer, PlatformTransactionManager transactions,
                   Clock clock) {
        this.callbacks = callbacks;
        this.nonces = nonces;
        this.inbox = inbox;
        this.processor = processor;
        this.messages = messages;
        this.quarantine = quarantine;
        this.door = door;
        this.properties = properties;
        this.producer = producer;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    void handle(Exchange exchange, WeChatApp app) throws IOException {
        exchange.setProperty(APP, app);
        door.admit(exchange, app.source());
        Message in = exchange.getIn();
        WeChatCallbacks.Signed signed = new WeChatCallbacks.Signed(in.getHeader("signature", String.class),
                in.getHeader("msg_signature", String.class), in.getHeader("timestamp", String.class),
                in.getHeader("nonce", String.class), in.getHeader("echostr", String.class),
                in.getHeader("encrypt_type", String.class));
        exchange.setProperty(SIGNED, signed);
        String method = in.getHeader(Exchange.HTTP_METHOD, String.class);
        if ("GET".equalsIgnoreCase(method)) {
            String echo = callbacks.verify(app, signed);
            takeNonce(app, signed);
            respond(exchange, 200, "text/plain", echo);
            return;
        }
        Long announced = in.getHeader(Exchange.CONTENT_LENGTH, Long.class);
        if (announced != null && announced > MAX_BODY_BYTES) {
            throw new WeChatCallbacks.Rejected(413, Refusal.TOO_LARGE, "the body is larger than " + MAX_BODY_BYTES
                    + " bytes");
        }
        byte[] raw;
        try (InputStream body = in.getBody(InputStream.class)) {
            raw = body == null ? new byte[0] : body.readNBytes(MAX_BODY_BYTES + 1);
        }
        String xml = new String(raw, StandardCharsets.UTF_8);
        exchange.setProperty(RAW, xml);
        if (raw.length > MAX_BODY_BYTES) {
            throw new WeChatCallbacks.Rejected(413, Refusal.TOO_LARGE, "the body is larger than " + MAX_BODY_BYTES
                    + " bytes");
        }
        InboundMessage message = callbacks.receive(app, signed, xml);
        exchange.setProperty(AUTHENTICATED, true);
        WeChatInbox.Accepted accepted;
        try {
            accepted = transaction.execute(s -> {
                nonces.take(app, signed);
                return inbox.accept(message);
            });
        } catch (DataIntegrityViolationException race) {
            if (nonces.seen(app, signed)) {
                throw WeChatNonces.replayed();
            }
            // WeChat's retry arrived while the first delivery was being recorded: the first one answers
            respond(exchange, 200, "text/plain", "success");
            return;
        }
        if (accepted.process()) {
            enqueue(accepted.messageId());
        }
        if (accepted.reply() == null) {
            respond(exchange, 200, "text/plain", "success");
        } else {
            respond(exchange, 200, "application/xml", callbacks.reply(message, signed, accepted.reply()));
        }
    }

    /** An address refused too often: 429 with Retry-After, before its body is read. */
    void throttled(Exchange exchange) {
        IntakeDoor.Throttled throttled = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, IntakeDoor.Throttled.class);
        respond(exchange, 429, "text/plain", throttled.getMessage());
        exchange.getMessage().setHeader("Retry-After", throttled.retryAfterSeconds());
    }

    void rejected(Exchange exchange) {
        refuse(exchange, exchange.getProperty(Exchange.EXCEPTION_CAUGHT, WeChatCallbacks.Rejected.class));
    }

    /** From WeChat but not a message we can take: kept with its body, unless it replays a callback. */
    void unprocessable(Exchange exchange) {
        WeChatCallbacks.Unprocessable unprocessable = exchange.getProperty(Exchange.EXCEPTION_CAUGHT,
                WeChatCallbacks.Unprocessable.class);
        try {
            takeNonce(exchange.getProperty(APP, WeChatApp.class),
                    exchange.getProperty(SIGNED, WeChatCallbacks.Signed.class));
        } catch (WeChatCallbacks.Rejected replayed) {
            refuse(exchange, replayed);
            return;
        }
        QuarantinedItem kept = keep(exchange, unprocessable.reason, unprocessable.getMessage());
        respond(exchange, 400, "text/plain", unprocessable.getMessage() + " (quarantine " + kept.getId() + ")");
    }

    /** 500 so that WeChat retries; kept when it came from WeChat, else counted at the door. */
    void failed(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String detail = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        if (Boolean.TRUE.equals(exchange.getProperty(AUTHENTICATED, Boolean.class))) {
            log.error("WeChat callback could not be taken in", failure);
            QuarantinedItem kept = keep(exchange, QuarantinedItem.Reason.FAILED, detail);
            respond(exchange, 500, "text/plain", "failed (quarantine " + kept.getId() + ")");
        } else {
            door.refuse(exchange, channel(exchange), Refusal.FAILED, size(exchange), detail);
            respond(exchange, 500, "text/plain", "failed");
        }
    }

    /** Processes one recorded message (the SEDA consumer). */
    void process(Exchange exchange) {
        processor.process(exchange.getIn().getBody(Long.class));
    }

    /**
     * Recorded messages not processed (the node stopped before its queue was done) and failed ones due for another
     * attempt. Five minutes is far longer than processing a message takes, so a message is not taken twice.
     */
    void recover(Exchange exchange) {
        for (Long id : messages.findUnfinished(clock.instant().minus(RECOVERY_AFTER), properties.maxAttempts())) {
            processor.retry(id);
            enqueue(id);
        }
    }

    @Override
    public Channel channel() {
        return Channel.WECHAT;
    }

    /** A message that failed its last attempt goes round once more; refused callbacks cannot be replayed. */
    @Override
    public Outcome reprocess(QuarantinedItem item) {
        String reference = item.getReference();
        if (reference == null || !reference.startsWith(MESSAGE_REFERENCE)) {
            throw new ConflictException("only failed messages are reprocessed; WeChat resends refused callbacks");
        }
        long id = Long.parseLong(reference.substring(MESSAGE_REFERENCE.length()));
        processor.retry(id);
        processor.process(id);
        WeChatMessage done = messages.findById(id).orElseThrow();
        if (done.getStatus() != WeChatMessage.Status.PROCESSED) {
            throw new IllegalStateException(done.getLastError());
        }
        return new Outcome("processed: " + done.getAction() + " " + done.getCaseNumber(), done.getCaseNumber());
    }

    private void enqueue(long messageId) {
        try {
            producer.sendBody(INBOUND_QUEUE, messageId);
        } catch (RuntimeException e) {
            log.warn("WeChat message {} not queued ({}); the recovery round picks it up", messageId, e.getMessage());
        }
    }

    private void takeNonce(WeChatApp app, WeChatCallbacks.Signed signed) {
        try {
            nonces.take(app, signed);
        } catch (DataIntegrityViolationException twin) {
            throw WeChatNonces.replayed();
        }
    }

    private void refuse(Exchange exchange, WeChatCallbacks.Rejected rejected) {
        door.refuse(exchange, channel(exchange), rejected.reason, size(exchange), rejected.getMessage());
        respond(exchange, rejected.status, "text/plain", rejected.getMessage());
    }

    private QuarantinedItem keep(Exchange exchange, QuarantinedItem.Reason reason, String detail) {
        Message in = exchange.getIn();
        String raw = exchange.getProperty(RAW, String.class);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : List.of("Content-Type", "User-Agent", "X-Forwarded-For")) {
            String value = in.getHeader(name, String.class);
            if (value != null) {
                headers.put(name, value);
            }
        }
        String query = in.getHeader(Exchange.HTTP_QUERY, String.class);
        return quarantine.keep(IntakeQuarantine.Arrival.request(Channel.WECHAT, channel(exchange), XML,
                raw == null ? null : raw.getBytes(StandardCharsets.UTF_8), in.getHeader(Exchange.HTTP_METHOD,
                        String.class) + " " + in.getHeader(Exchange.HTTP_URI, String.class)
                        + (query == null ? "" : "?" + query), headers), reason, detail, null);
    }

    private static String channel(Exchange exchange) {
        return exchange.getProperty(APP, WeChatApp.MP, WeChatApp.class).source();
    }

    /** The body's size as read, else as announced. */
    private static long size(Exchange exchange) {
        String raw = exchange.getProperty(RAW, String.class);
        if (raw != null) {
            return raw.getBytes(StandardCharsets.UTF_8).length;
        }
        Long announced = exchange.getIn().getHeader(Exchange.CONTENT_LENGTH, Long.class);
        return announced == null ? 0 : announced;
    }

    private static void respond(Exchange exchange, int status, String contentType, String body) {
        Message out = exchange.getMessage();
        out.removeHeaders("*");
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        out.setHeader(Exchange.CONTENT_TYPE, contentType + "; charset=UTF-8");
        out.setBody(body);
    }
}
