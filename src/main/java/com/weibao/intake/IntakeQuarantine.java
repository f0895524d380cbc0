package com.weibao.intake;

import com.weibao.platform.web.ConflictException;
import com.weibao.platform.web.NotFoundException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps what an intake channel could not take although it proved where it came from: unprocessable and failed
 * requests with their raw payload, in their own transaction (so they are kept even when the caller's work rolls
 * back), for a supervisor to reprocess or dismiss. Each source's kept bodies are capped per 24 hours; past the cap
 * only the metadata is kept, counted, with one warning.
 */
@Service
public class IntakeQuarantine {

    private static final Logger log = LoggerFactory.getLogger(IntakeQuarantine.class);
    /** Payloads are kept up to this size; anything bigger is cut (and says so). */
    static final int MAX_PAYLOAD_CHARS = 1_000_000;
    /** The Micrometer counter of requests kept without their body, tagged with the source. */
    static final String BODY_DROPPED = "weibao.intake.quarantine.body-dropped";
    private static final Duration CAP_WINDOW = Duration.ofHours(24);

    private final QuarantineRepository repository;
    private final ObjectProvider<QuarantineReprocessor> reprocessors;
    private final TransactionTemplate newTransaction;
    private final IntakeDoorProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;

    IntakeQuarantine(QuarantineRepository repository, ObjectProvider<QuarantineReprocessor> reprocessors,
                     PlatformTransactionManager transactions, IntakeDoorProperties properties, MeterRegistry meters,
                     Clock clock) {
        this.repository = repository;
        this.reprocessors = reprocessors;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
    }

    /** What arrived, as the channel saw it. */
    public record Arrival(String source, String requestLine, Map<String, String> headers, String payload) {
    }

    /** Requests kept without their body since the start, per source. */
    public record DroppedBodies(String source, long count) {
    }

    /** Keeps an authenticated request the channel could not take, with its body while its source's cap allows. */
    public QuarantinedRequest keep(Arrival arrival, QuarantinedRequest.Reason reason, String detail,
                                   String reference) {
        String payload = arrival.payload() == null ? "" : arrival.payload();
        long bytes = payload.getBytes(StandardCharsets.UTF_8).length;
        if (payload.length() > MAX_PAYLOAD_CHARS) {
            payload = payload.substring(0, MAX_PAYLOAD_CHARS) + "\n[... cut at " + MAX_PAYLOAD_CHARS + " characters]";
        }
        String headers = arrival.headers() == null ? null : arrival.headers().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
        String body = payload;
        QuarantinedRequest saved = newTransaction.execute(s -> {
            Instant now = clock.instant();
            boolean withinCap = withinCap(arrival.source(), bytes, now);
            return repository.save(new QuarantinedRequest(arrival.source(), reason, detail, reference,
                    arrival.requestLine(), headers, body, bytes, withinCap, now));
        });
        log.warn("Intake request from {} quarantined as #{}: {} ({}){}", arrival.source(), saved.getId(), reason,
                detail, saved.isPayloadKept() ? "" : ", without its body");
        return saved;
    }

    /** Per source, the requests kept without their body (over the source's cap) since the start. */
    public List<DroppedBodies> droppedBodies() {
        return meters.find(BODY_DROPPED).counters().stream()
                .map(c -> new DroppedBodies(c.getId().getTag("source"), (long) c.count()))
                .sorted(Comparator.comparing(DroppedBodies::source)).toList();
    }

    public QuarantinedRequest reprocess(long id, String actor) {
        QuarantinedRequest request = open(id);
        if (!request.isAuthenticated()) {
            throw new ConflictException("quarantined request " + id + " never proved where it came from ("
                    + request.getReason() + "); it can only be dismissed");
        }
        QuarantineReprocessor reprocessor = reprocessors.orderedStream().filter(r -> r.handles(request.getSource()))
                .findFirst().orElseThrow(() -> new ConflictException("no channel reprocesses " + request.getSource()));
        String outcome;
        try {
            outcome = reprocessor.reprocess(request);
        } catch (ConflictException e) {
            throw e;
        } catch (Exception e) {
            throw new ConflictException("reprocessing quarantined request " + id + " failed again: " + e.getMessage());
        }
        return newTransaction.execute(s -> {
            QuarantinedRequest current = repository.findById(id).orElseThrow();
            current.resolve(QuarantinedRequest.Status.REPROCESSED, actor, outcome, clock.instant());
            return current;
        });
    }

    public QuarantinedRequest dismiss(long id, String actor, String note) {
        open(id);
        return newTransaction.execute(s -> {
            QuarantinedRequest current = repository.findById(id).orElseThrow();
            current.resolve(QuarantinedRequest.Status.DISMISSED, actor, note, clock.instant());
            return current;
        });
    }

    /**
     * Whether the source may have this many more bytes kept within the last 24 hours. The first time it may not,
     * one warning says so; concurrent requests of the same source may pass the cap by their own size.
     */
    private boolean withinCap(String source, long bytes, Instant now) {
        Instant since = now.minus(CAP_WINDOW);
        long cap = properties.quarantineBytesPerSource().toBytes();
        long kept = repository.keptPayloadBytesSince(source, since);
        if (kept + bytes <= cap) {
            return true;
        }
        if (!repository.keptWithoutPayloadSince(source, since)) {
            log.warn("Intake quarantine: {} has {} bytes of bodies kept within 24 h, the cap is {} bytes"
                    + " (weibao.intake.door.quarantine-bytes-per-source); its next unprocessable requests are kept"
                    + " without their body until older ones are 24 h old", source, kept, cap);
        }
        Counter.builder(BODY_DROPPED).description("quarantined intake requests kept without their body")
                .tag("source", source).register(meters).increment();
        return false;
    }

    private QuarantinedRequest open(long id) {
        QuarantinedRequest request = repository.findById(id)
                .orElseThrow(() -> new NotFoundException("no quarantined request " + id));
        if (request.getStatus() != QuarantinedRequest.Status.OPEN) {
            throw new ConflictException("quarantined request " + id + " is already " + request.getStatus());
        }
        return request;
    }
}
