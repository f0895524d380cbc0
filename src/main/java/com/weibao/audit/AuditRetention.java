package com.weibao.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes entries older than the retention (weibao.audit.retention), every night: the oldest part of the chain, up
 * to the first entry that is still young enough. The hash of the last deleted entry becomes the chain's anchor, and
 * the purge itself is an entry of the chain (AUDIT_PURGED, naming the anchor), so the chain still verifies and an
 * anchor moved by hand does not. Afterwards the chain is verified and its head logged.
 */
@Component
class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);
    static final String PURGED = "AUDIT_PURGED";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final AuditEntryRepository entries;
    private final AuditChainHeadRepository chain;
    private final AuditSealer sealer;
    private final AuditVerification verification;
    private final AuditProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AuditRetention(AuditEntryRepository entries, AuditChainHeadRepository chain, AuditSealer sealer,
                   AuditVerification verification, AuditProperties properties, PlatformTransactionManager transactions,
                   Clock clock) {
        this.entries = entries;
        this.chain = chain;
        this.sealer = sealer;
        this.verification = verification;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${weibao.audit.purge-cron:0 30 3 * * *}", zone = "Asia/Shanghai")
    void purgeExpired() {
        Instant cutoff = clock.instant().atZone(SHANGHAI).minus(properties.retention()).toInstant();
        int purged = purgeOlderThan(cutoff);
        AuditVerification.Result result = verification.verify();
        log.info("Audit retention {}: {} entries before {} deleted; chain {} ({} entries, head seq {} hash {})",
                properties.retention(), purged, cutoff, result.intact() ? "intact" : "BROKEN: " + result.problem(),
                result.entries(), result.lastSeq(), result.lastHash());
    }

    /** Deletes the oldest entries up to the first one at or after the cutoff; the number deleted. */
    int purgeOlderThan(Instant cutoff) {
        return transaction.execute(status -> {
            AuditChainHead head = chain.lock();
            long upTo = entries.firstSeqFrom(head.getAnchorSeq(), cutoff).map(first -> first - 1)
                    .orElse(head.getLastSeq());
            if (upTo <= head.getAnchorSeq()) {
                return 0;
            }
            String anchorHash = entries.findById(upTo).orElseThrow().getEntryHash();
            int deleted = entries.deleteRange(head.getAnchorSeq(), upTo);
            head.anchoredAt(upTo, anchorHash);
            sealer.append(head, new AuditRecord(clock.instant(), "weibao", null, AuditSurface.SYSTEM, PURGED,
                    "AUDIT_CHAIN", Long.toString(upTo), null, AuditOutcome.SUCCESS, deleted + " entries before "
                    + cutoff + " deleted (retention " + properties.retention() + "); anchor " + anchorHash));
            return deleted;
        });
    }
}
