package com.weibao.audit;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the chain from its anchor to its head and says whether it is intact, or the first entry where it breaks:
 * an entry changed (its hash no longer matches), removed or inserted (sequence or previous hash do not follow),
 * the end cut off (the head names a later entry), or the anchor moved without a purge entry naming it.
 */
@Component
class AuditVerification {

    private static final int PAGE = 1000;

    /** The verdict; brokenAt and problem only when not intact. */
    record Result(boolean intact, long entries, long firstSeq, long lastSeq, String lastHash, long anchorSeq,
                  Long brokenAt, String problem) {
    }

    private final AuditEntryRepository entries;
    private final AuditChainHeadRepository chain;
    private final EntityManager entityManager;

    AuditVerification(AuditEntryRepository entries, AuditChainHeadRepository chain, EntityManager entityManager) {
        this.entries = entries;
        this.chain = chain;
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public Result verify() {
        AuditChainHead head = chain.read();
        long expectedSeq = head.getAnchorSeq() + 1;
        String expectedPrev = head.getAnchorHash();
        long checked = 0;
        List<AuditEntry> page = entries.chainAfter(head.getAnchorSeq(), head.getLastSeq(), PageRequest.of(0, PAGE));
        while (!page.isEmpty()) {
            for (AuditEntry entry : page) {
                String problem = null;
                if (entry.getSeq() != expectedSeq) {
                    problem = "entry " + expectedSeq + " is missing";
                } else if (!entry.getPrevHash().equals(expectedPrev)) {
                    problem = "entry " + entry.getSeq() + " does not follow the entry before it";
                } else if (!AuditChain.hash(entry.getSeq(), entry.record(), entry.getPrevHash())
                        .equals(entry.getEntryHash())) {
                    problem = "entry " + entry.getSeq() + " was changed after it was written";
                }
                if (problem != null) {
                    return broken(head, checked, expectedSeq, problem);
                }
                checked++;
                expectedSeq++;
                expectedPrev = entry.getEntryHash();
            }
            entityManager.clear();
            page = entries.chainAfter(expectedSeq - 1, head.getLastSeq(), PageRequest.of(0, PAGE));
        }
        if (expectedSeq - 1 != head.getLastSeq() || !expectedPrev.equals(head.getLastHash())) {
            return broken(head, checked, expectedSeq, "the chain ends at entry " + (expectedSeq - 1)
                    + " but its head names entry " + head.getLastSeq());
        }
        if (head.getAnchorSeq() > 0 && entries.countMentioning(AuditRetention.PURGED,
                Long.toString(head.getAnchorSeq()), head.getAnchorHash()) == 0) {
            return broken(head, checked, head.getAnchorSeq() + 1, "no purge entry names the chain's anchor (entry "
                    + head.getAnchorSeq() + ")");
        }
        return new Result(true, checked, head.getAnchorSeq() + 1, head.getLastSeq(), head.getLastHash(),
                head.getAnchorSeq(), null, null);
    }

    private static Result broken(AuditChainHead head, long checked, long at, String problem) {
        return new Result(false, checked, head.getAnchorSeq() + 1, head.getLastSeq(), head.getLastHash(),
                head.getAnchorSeq(), at, problem);
    }
}
