package com.weibao.intake;

import com.weibao.platform.web.ConflictException;
import com.weibao.platform.web.NotFoundException;
import java.time.Clock;
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
 * Keeps what an intake channel could not take: rejected and failed requests with their raw payload, in their own
 * transaction (so they are kept even when the caller's work rolls back), for a supervisor to reprocess or dismiss.
 */
@Service
public class IntakeQuarantine {

    private static final Logger log = LoggerFactory.getLogger(IntakeQuarantine.class);
    /** Payloads are kept up to this size; anything bigger is cut (and says so). */
    static final int MAX_PAYLOAD_CHARS = 1_000_000;

    private final QuarantineRepository repository;
    private final ObjectProvider<QuarantineReprocessor> reprocessors;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    IntakeQuarantine(QuarantineRepository repository, ObjectProvider<QuarantineReprocessor> reprocessors,
                     PlatformTransactionManager transactions, Clock clock) {
        this.repository = repository;
        this.reprocessors = reprocessors;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** What arrived, as the channel saw it. */
    public record Arrival(String source, String requestLine, Map<String, String> headers, String payload) {
    }

    public QuarantinedRequest keep(Arrival arrival, QuarantinedRequest.Reason reason, String detail,
                                   boolean authenticated, String reference) {
        String payload = arrival.payload() == null ? "" : arrival.payload();
        if (payload.length() > MAX_PAYLOAD_CHARS) {
            payload = payload.substring(0, MAX_PAYLOAD_CHARS) + "\n[... cut at " + MAX_PAYLOAD_CHARS + " characters]";
        }
        String headers = arrival.headers() == null ? null : arrival.headers().entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
        QuarantinedRequest kept = new QuarantinedRequest(arrival.source(), reason, detail, authenticated, reference,
                arrival.requestLine(), headers, payload, clock.instant());
        QuarantinedRequest saved = newTransaction.execute(s -> repository.save(kept));
        log.warn("Intake request from {} quarantined as #{}: {} ({})", arrival.source(), saved.getId(), reason, detail);
        return saved;
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

    private QuarantinedRequest open(long id) {
        QuarantinedRequest request = repository.findById(id)
                .orElseThrow(() -> new NotFoundException("no quarantined request " + id));
        if (request.getStatus() != QuarantinedRequest.Status.OPEN) {
            throw new ConflictException("quarantined request " + id + " is already " + request.getStatus());
        }
        return request;
    }
}
