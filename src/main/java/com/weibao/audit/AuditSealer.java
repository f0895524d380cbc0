package com.weibao.audit;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals pending audit entries into the chain, oldest first, in batches: with the chain's head row locked (so two
 * nodes, or two threads, append one after the other and never fork the chain), each entry gets the next sequence
 * number and the hash of the entry before it, and leaves the pending table in the same transaction. Woken after
 * every commit that recorded entries (gathering what comes in the next 200 ms), and every few seconds for entries
 * other nodes (or a crash) left behind.
 */
@Component
class AuditSealer {

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);
    private static final int BATCH = 200;
    /** Entries recorded within this time after a commit are sealed together, in one transaction. */
    private static final long GATHER_MILLIS = 200;

    private final PendingAuditEntryRepository pending;
    private final AuditChainHeadRepository chain;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "audit-sealer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();

    AuditSealer(PendingAuditEntryRepository pending, AuditChainHeadRepository chain, EntityManager entityManager,
                PlatformTransactionManager transactions) {
        this.pending = pending;
        this.chain = chain;
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Seal soon, on the sealer's thread; the wake-ups of a fraction of a second make one round. */
    void wakeUp() {
        if (queued.compareAndSet(false, true)) {
            worker.schedule(() -> {
                queued.set(false);
                sealPendingSafely();
            }, GATHER_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @Scheduled(fixedDelayString = "${weibao.audit.seal-interval:PT5S}", initialDelayString = "PT10S")
    void sweep() {
        sealPendingSafely();
    }

    /** Seals everything pending now; the number of entries sealed. */
    int sealPending() {
        int total = 0;
        int sealed;
        do {
            sealed = transaction.execute(status -> sealBatch());
            total += sealed;
        } while (sealed == BATCH);
        return total;
    }

    /** Appends one record under the head lock the caller holds (the purge's own entry). */
    AuditEntry append(AuditChainHead head, AuditRecord record) {
        AuditEntry entry = AuditEntry.seal(head.getLastSeq() + 1, record, head.getLastHash());
        entityManager.persist(entry);
        head.appended(entry);
        return entry;
    }

    private int sealBatch() {
        AuditChainHead head = chain.lock();
        List<PendingAuditEntry> batch = pending.oldestFirst(PageRequest.of(0, BATCH));
        for (PendingAuditEntry entry : batch) {
            append(head, entry.record());
        }
        pending.deleteAllInBatch(batch);
        return batch.size();
    }

    private void sealPendingSafely() {
        try {
            sealPending();
        } catch (RuntimeException e) {
            // the entries stay pending and are sealed by the next round
            log.warn("Sealing audit entries failed, will retry: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
    }
}
