package com.weibao.intake;

import com.weibao.cases.Channel;
import com.weibao.platform.web.ConflictException;
import com.weibao.platform.web.NotFoundException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one quarantine of every intake channel: keeps what a channel could not take in, with its raw body, for a
 * supervisor to reprocess (through the channel, {@link QuarantineChannel}) or dismiss. An item is kept in the
 * caller's transaction when there is one (a mail with its ledger entry), else in its own; webhooks keep what failed
 * after their work rolled back. Each source's kept bodies are capped per 24 hours; past the cap only the metadata
 * is kept, counted, with one warning.
 */
@Service
public class IntakeQuarantine {

    private static final Logger log = LoggerFactory.getLogger(IntakeQuarantine.class);
    /** The Micrometer counter of items kept without their body, tagged with the source. */
    static final String BODY_DROPPED = "weibao.intake.quarantine.body-dropped";
    private static final Duration CAP_WINDOW = Duration.ofHours(24);

    private final QuarantineRepository repository;
    private final ObjectProvider<QuarantineChannel> channels;
    private final TransactionTemplate transaction;
    private final IntakeDoorProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;

    IntakeQuarantine(QuarantineRepository repository, ObjectProvider<QuarantineChannel> channels,
                     PlatformTransactionManager transactions, IntakeDoorProperties properties, MeterRegistry meters,
                     Clock clock) {
        this.repository = repository;
        this.channels = channels;
        this.transaction = new TransactionTemplate(transactions);
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * What arrived, as the channel saw it: the raw body and its media type, when it arrived (null: now), and what
     * the channel could read of it.
     */
    public record Arrival(Channel channel, String source, String contentType, byte[] body, Instant receivedAt,
                          String requestLine, String headers, String sender, String subject) {

        public Arrival {
            body = body == null ? new byte[0] : body;
        }

        /** A webhook request received now, with the headers worth keeping. */
        public static Arrival request(Channel channel, String source, String contentType, byte[] body,
                                      String requestLine, Map<String, String> headers) {
            return new Arrival(channel, source, contentType, body, null, requestLine, headers == null ? null
                    : headers.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                            .collect(Collectors.joining("\n")), null, null);
        }

        /** A mail read from a mailbox, with the sender and subject as far as they could be read. */
        public static Arrival mail(String mailbox, byte[] raw, Instant receivedAt, String sender, String subject) {
            return new Arrival(Channel.EMAIL, "EMAIL:" + mailbox, "message/rfc822", raw, receivedAt, null, null,
                    sender, subject);
        }
    }

    /** Items kept without their body since the start, per source. */
    public record DroppedBodies(String source, long count) {
    }

    /** Keeps an authenticated arrival the channel could not take in, with its body while its source's cap allows. */
    public QuarantinedItem keep(Arrival arrival, QuarantinedItem.Reason reason, String detail, String reference) {
        QuarantinedItem saved = transaction.execute(s -> {
            Instant now = clock.instant();
            boolean withinCap = withinCap(arrival.source(), arrival.body().length, now);
            return repository.save(new QuarantinedItem(arrival, reason, detail, reference, withinCap, now));
        });
        log.warn("Intake from {} quarantined as item {}: {} ({}){}", arrival.source(), saved.getId(), reason, detail,
                saved.isBodyKept() ? "" : ", without its body");
        return saved;
    }

    /**
     * Keeps an arrival a channel's rule says not to take in (status IGNORED), with its body while its source's cap
     * allows: listed for supervisors next to the quarantine, who may reprocess (take it in after all) or dismiss it.
     */
    public QuarantinedItem ignore(Arrival arrival, QuarantinedItem.Reason reason, String detail, String reference) {
        QuarantinedItem saved = transaction.execute(s -> {
            Instant now = clock.instant();
            boolean withinCap = withinCap(arrival.source(), arrival.body().length, now);
            return repository.save(new QuarantinedItem(arrival, reason, detail, reference, withinCap, now,
                    QuarantinedItem.Status.IGNORED));
        });
        log.info("Intake from {} ignored by rule as item {}: {} ({})", arrival.source(), saved.getId(), reason,
                detail);
        return saved;
    }

    /** Per source, the items kept without their body (over the source's cap) since the start. */
    public List<DroppedBodies> droppedBodies() {
        return meters.find(BODY_DROPPED).counters().stream()
                .map(c -> new DroppedBodies(c.getId().getTag("source"), (long) c.count()))
                .sorted(Comparator.comparing(DroppedBodies::source)).toList();
    }

    /**
     * Runs an open (or ignored) item through its channel again: REPROCESSED with what happened, or a ConflictException with the
     * error, the item staying open with one attempt more.
     */
    public QuarantinedItem reprocess(long id, String actor) {
        QuarantinedItem item = open(id);
        if (!item.isAuthenticated()) {
            throw new ConflictException("quarantined item " + id + " never proved where it came from ("
                    + item.getReason() + "); it can only be dismissed");
        }
        QuarantineChannel channel = channelOf(item)
                .orElseThrow(() -> new ConflictException("no channel reprocesses " + item.getChannel() + " now"));
        QuarantineChannel.Outcome outcome;
        try {
            outcome = channel.reprocess(item);
        } catch (ConflictException e) {
            throw e;
        } catch (Exception e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            transaction.executeWithoutResult(s -> repository.findById(id).orElseThrow().failedAgain(error));
            log.warn("Quarantined item {} reprocessed by {}, failed again: {}", id, actor, error);
            throw new ConflictException("reprocessing quarantined item " + id + " failed again: " + error);
        }
        log.info("Quarantined item {} reprocessed by {}: {}", id, actor, outcome.summary());
        return transaction.execute(s -> {
            QuarantinedItem current = repository.findById(id).orElseThrow();
            current.resolve(QuarantinedItem.Status.REPROCESSED, actor, outcome.summary(), outcome.caseNumber(),
                    clock.instant());
            return current;
        });
    }

    /** Puts an open item aside: it stays, body and all, for the record. */
    public QuarantinedItem dismiss(long id, String actor, String note) {
        Optional<QuarantineChannel> channel = channelOf(open(id));
        return transaction.execute(s -> {
            QuarantinedItem current = repository.findById(id).orElseThrow();
            current.resolve(QuarantinedItem.Status.DISMISSED, actor, note, null, clock.instant());
            channel.ifPresent(c -> c.dismissed(current));
            log.info("Quarantined item {} dismissed by {}", id, actor);
            return current;
        });
    }

    /**
     * Whether the source may have this many more bytes kept within the last 24 hours. The first time it may not,
     * one warning says so; concurrent arrivals from the same source may pass the cap by their own size.
     */
    private boolean withinCap(String source, long bytes, Instant now) {
        Instant since = now.minus(CAP_WINDOW);
        long cap = properties.quarantineBytesPerSource().toBytes();
        long kept = repository.keptBodyBytesSince(source, since);
        if (kept + bytes <= cap) {
            return true;
        }
        if (!repository.keptWithoutBodySince(source, since)) {
            log.warn("Intake quarantine: {} has {} bytes of bodies kept within 24 h, the cap is {} bytes"
                    + " (weibao.intake.door.quarantine-bytes-per-source); its next items are kept"
                    + " without their body until older ones are 24 h old", source, kept, cap);
        }
        Counter.builder(BODY_DROPPED).description("quarantined intake items kept without their body")
                .tag("source", source).register(meters).increment();
        return false;
    }

    private Optional<QuarantineChannel> channelOf(QuarantinedItem item) {
        return channels.orderedStream().filter(c -> c.channel() == item.getChannel()).findFirst();
    }

    private QuarantinedItem open(long id) {
        QuarantinedItem item = repository.findById(id)
                .orElseThrow(() -> new NotFoundException("no quarantined item " + id));
        if (item.getStatus() != QuarantinedItem.Status.OPEN && item.getStatus() != QuarantinedItem.Status.IGNORED) {
            throw new ConflictException("quarantined item " + id + " is already " + item.getStatus());
        }
        return item;
    }
}
