package com.weibao.intake.phone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.weibao.cases.Channel;
import com.weibao.intake.IntakeDoor;
import com.weibao.intake.IntakeDoor.Refusal;
import com.weibao.intake.IntakeQuarantine;
import com.weibao.intake.QuarantineChannel;
import com.weibao.intake.QuarantinedItem;
import com.weibao.platform.web.ConflictException;
import com.weibao.platform.web.InvalidRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The steps of the CTI webhook route: admit the address (not throttled), read the raw body, authenticate it
 * (HMAC-SHA256 over timestamp and body with the source's shared secret, fresh timestamp), parse the event, record
 * it. Requests refused before they are authenticated are counted and logged by the {@link IntakeDoor}, not stored;
 * authenticated ones that are not a valid event or fail are kept in the quarantine with their raw body. The
 * CTI system gets a status it can act on.
 */
@Component
class CtiWebhook implements QuarantineChannel {

    private static final Logger log = LoggerFactory.getLogger(CtiWebhook.class);

    static final String SOURCE_HEADER = "X-Weibao-Source";
    static final String TIMESTAMP_HEADER = "X-Weibao-Timestamp";
    static final String SIGNATURE_HEADER = "X-Weibao-Signature";
    static final String QUARANTINE_PREFIX = "CTI:";
    /** The channel's name in the door's counts. */
    static final String CHANNEL = "CTI";
    private static final String RAW = "weibao.cti.raw";
    private static final String SOURCE = "weibao.cti.source";
    private static final String AUTHENTICATED = "weibao.cti.authenticated";
    /** A race with a concurrent request or the call's own process is retried this often before answering 500. */
    private static final int MAX_ATTEMPTS = 3;

    private final PhoneProperties properties;
    private final PhoneCalls calls;
    private final IntakeQuarantine quarantine;
    private final IntakeDoor door;
    private final ObjectMapper json;
    private final Clock clock;

    CtiWebhook(PhoneProperties properties, PhoneCalls calls, IntakeQuarantine quarantine, IntakeDoor door,
               ObjectMapper json, Clock clock) {
        this.properties = properties;
        this.calls = calls;
        this.quarantine = quarantine;
        this.door = door;
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.clock = clock;
    }

    /** A request the webhook refuses at the door: the HTTP status, the reason and a message for the CTI system. */
    static final class Rejected extends RuntimeException {
        final int status;
        final Refusal reason;

        Rejected(int status, Refusal reason, String message) {
            super(message);
            this.status = status;
            this.reason = reason;
        }
    }

    /** Not from an address refused too often, and the channel is on: only then is the body read. */
    void admit(Exchange exchange) {
        door.admit(exchange, CHANNEL);
        if (!properties.cti().on()) {
            throw new Rejected(404, Refusal.CHANNEL_OFF, "the CTI channel is off: no source has a secret");
        }
    }

    void readBody(Exchange exchange) throws IOException {
        Message in = exchange.getIn();
        int max = properties.cti().maxBodyBytes();
        Long announced = in.getHeader(Exchange.CONTENT_LENGTH, Long.class);
        if (announced != null && announced > max) {
            throw new Rejected(413, Refusal.TOO_LARGE, "the body is larger than " + max + " bytes");
        }
        byte[] body;
        try (InputStream stream = in.getBody(InputStream.class)) {
            body = stream == null ? new byte[0] : stream.readNBytes(max + 1);
        }
        exchange.setProperty(RAW, body);
        exchange.setProperty(SOURCE, in.getHeader(SOURCE_HEADER, String.class));
        if (body.length > max) {
            throw new Rejected(413, Refusal.TOO_LARGE, "the body is larger than " + max + " bytes");
        }
    }

    void authenticate(Exchange exchange) {
        Message in = exchange.getIn();
        String source = in.getHeader(SOURCE_HEADER, String.class);
        String timestamp = in.getHeader(TIMESTAMP_HEADER, String.class);
        String signature = in.getHeader(SIGNATURE_HEADER, String.class);
        if (source == null || timestamp == null || signature == null) {
            throw new Rejected(401, Refusal.UNSIGNED, "sign the request: headers " + SOURCE_HEADER + ", "
                    + TIMESTAMP_HEADER + " and " + SIGNATURE_HEADER + " are required");
        }
        if (!properties.cti().sources().containsKey(source)) {
            throw new Rejected(403, Refusal.UNKNOWN_SOURCE, "unknown CTI source '" + source + "'");
        }
        String secret = properties.cti().secretOf(source).orElseThrow(() ->
                new Rejected(403, Refusal.CHANNEL_OFF, "CTI source '" + source + "' is off: it has no secret"));
        if (!CtiSignature.matches(secret, timestamp, raw(exchange), signature)) {
            throw new Rejected(403, Refusal.BAD_SIGNATURE, "the signature does not match the body and timestamp");
        }
        Instant sent;
        try {
            sent = Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
        } catch (NumberFormatException e) {
            throw new Rejected(403, Refusal.STALE_TIMESTAMP, "the timestamp is not Unix seconds: " + timestamp);
        }
        Duration skew = Duration.between(sent, clock.instant()).abs();
        if (skew.compareTo(properties.cti().maxSkew()) > 0) {
            throw new Rejected(403, Refusal.STALE_TIMESTAMP, "the timestamp is " + skew.toSeconds()
                    + " s away from our clock; at most " + properties.cti().maxSkew().toSeconds() + " s are accepted");
        }
        exchange.setProperty(AUTHENTICATED, true);
    }

    void parse(Exchange exchange) {
        exchange.getIn().setBody(read(raw(exchange)));
    }

    void record(Exchange exchange) throws JsonProcessingException {
        String source = exchange.getProperty(SOURCE, String.class);
        CtiEvent event = exchange.getIn().getBody(CtiEvent.class);
        PhoneCalls.Outcome outcome = recordOnce(source, event, new String(raw(exchange), StandardCharsets.UTF_8));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("status", outcome.duplicate() ? "duplicate" : "accepted");
        answer.put("callId", outcome.callId());
        answer.put("event", outcome.event().name().toLowerCase());
        answer.put("state", outcome.state().name());
        answer.put("callbackStarted", outcome.callbackStarted());
        respond(exchange, 200, answer);
    }

    /** An address refused too often: 429 with Retry-After, before its body is read. */
    void throttled(Exchange exchange) throws JsonProcessingException {
        IntakeDoor.Throttled throttled = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, IntakeDoor.Throttled.class);
        respond(exchange, 429, problem(429, throttled.getMessage(), null, List.of()));
        exchange.getMessage().setHeader("Retry-After", throttled.retryAfterSeconds());
    }

    /** Refused at the door: counted and logged without the body, answered with their status. */
    void rejected(Exchange exchange) throws JsonProcessingException {
        Rejected rejected = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Rejected.class);
        door.refuse(exchange, CHANNEL, rejected.reason, size(exchange), rejected.getMessage());
        respond(exchange, rejected.status, problem(rejected.status, rejected.getMessage(), null, List.of()));
    }

    /** Authenticated but not a valid event: 400 with the fields, kept for a supervisor. */
    void invalid(Exchange exchange) throws JsonProcessingException {
        InvalidRequestException invalid = exchange.getProperty(Exchange.EXCEPTION_CAUGHT,
                InvalidRequestException.class);
        QuarantinedItem kept = keep(exchange, QuarantinedItem.Reason.MALFORMED, invalid.getMessage());
        respond(exchange, 400, problem(400, invalid.getMessage(), kept, invalid.getViolations()));
    }

    /** Anything else: 500, so the CTI system retries; kept when it was authenticated, else counted at the door. */
    void failed(Exchange exchange) throws JsonProcessingException {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String detail = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        QuarantinedItem kept = null;
        if (Boolean.TRUE.equals(exchange.getProperty(AUTHENTICATED, Boolean.class))) {
            log.error("CTI event could not be processed", failure);
            kept = keep(exchange, QuarantinedItem.Reason.FAILED, detail);
        } else {
            door.refuse(exchange, CHANNEL, Refusal.FAILED, size(exchange), detail);
        }
        respond(exchange, 500, problem(500, "the event could not be processed now; retry later", kept, List.of()));
    }

    @Override
    public Channel channel() {
        return Channel.PHONE;
    }

    @Override
    public Outcome reprocess(QuarantinedItem item) {
        if (!item.isBodyKept()) {
            throw new ConflictException("quarantined item " + item.getId() + " was kept without its body (its"
                    + " source's allowance was used up); it can only be dismissed");
        }
        String source = item.getSource().substring(QUARANTINE_PREFIX.length());
        PhoneCalls.Outcome outcome = recordOnce(source, read(item.getBody()),
                new String(item.getBody(), StandardCharsets.UTF_8));
        return new Outcome((outcome.duplicate() ? "already recorded: " : "recorded: ") + outcome.event()
                + " of call " + outcome.callId(), null);
    }

    private PhoneCalls.Outcome recordOnce(String source, CtiEvent event, String payload) {
        for (int attempt = 1; ; attempt++) {
            try {
                return calls.record(source, event, payload);
            } catch (DataIntegrityViolationException | OptimisticLockingFailureException race) {
                // the same event (or the call's first event) arrived twice at once, or the call's process updated
                // the call meanwhile: the next attempt reads what the other transaction committed
                if (attempt == MAX_ATTEMPTS) {
                    throw race;
                }
            }
        }
    }

    private CtiEvent read(byte[] body) {
        try {
            CtiEvent event = json.readValue(body, CtiEvent.class);
            if (event == null) {
                throw InvalidRequestException.of("body", "is empty");
            }
            PhoneCalls.validate(event);
            return event;
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst()
                    .orElse("");
            throw InvalidRequestException.of("body", "is not a CTI event: " + reason);
        }
    }

    private QuarantinedItem keep(Exchange exchange, QuarantinedItem.Reason reason, String detail) {
        Message in = exchange.getIn();
        String source = exchange.getProperty(SOURCE, String.class);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : List.of(SOURCE_HEADER, TIMESTAMP_HEADER, SIGNATURE_HEADER, "Content-Type", "User-Agent",
                "X-Forwarded-For")) {
            String value = in.getHeader(name, String.class);
            if (value != null) {
                headers.put(name, value);
            }
        }
        byte[] raw = exchange.getProperty(RAW, byte[].class);
        String requestLine = "POST " + in.getHeader(Exchange.HTTP_URI, String.class);
        return quarantine.keep(IntakeQuarantine.Arrival.request(Channel.PHONE, QUARANTINE_PREFIX + source,
                "application/json", raw, requestLine, headers), reason, detail, null);
    }

    /** The answer's problem JSON; {@code kept} when the request was quarantined. */
    private static Map<String, Object> problem(int status, String detail, QuarantinedItem kept, Object errors) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("errors", errors);
        if (kept != null) {
            problem.put("quarantineId", kept.getId());
        }
        return problem;
    }

    /** The body's size as read, else as announced. */
    private static long size(Exchange exchange) {
        byte[] raw = exchange.getProperty(RAW, byte[].class);
        if (raw != null) {
            return raw.length;
        }
        Long announced = exchange.getIn().getHeader(Exchange.CONTENT_LENGTH, Long.class);
        return announced == null ? 0 : announced;
    }

    private void respond(Exchange exchange, int status, Object body) throws JsonProcessingException {
        Message out = exchange.getMessage();
        out.removeHeaders("*");
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        out.setHeader(Exchange.CONTENT_TYPE, "application/json");
        out.setBody(json.writeValueAsString(body));
    }

    private static byte[] raw(Exchange exchange) {
        byte[] raw = exchange.getProperty(RAW, byte[].class);
        return raw == null ? new byte[0] : raw;
    }
}
