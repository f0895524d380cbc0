package com.weibao.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Reads the chain; no save or update (the sealer persists new entries), one deletion: the retention purge. */
interface AuditEntryRepository extends Repository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    Optional<AuditEntry> findById(Long seq);

    @Query("select e from AuditEntry e where e.seq > :after and e.seq <= :upTo order by e.seq")
    List<AuditEntry> chainAfter(long after, long upTo, Pageable page);

    /** The first entry (after the anchor) that is not older than the cutoff: the purge keeps it and all after it. */
    @Query("select min(e.seq) from AuditEntry e where e.seq > :after and e.occurredAt >= :cutoff")
    Optional<Long> firstSeqFrom(long after, Instant cutoff);

    @Query("select count(e) from AuditEntry e where e.action = :action and e.objectId = :objectId "
            + "and e.detail like concat('%', :text, '%')")
    long countMentioning(String action, String objectId, String text);

    /** The retention purge: the only deletion of audit entries, always the oldest part of the chain. */
    @Modifying
    @Query("delete from AuditEntry e where e.seq > :after and e.seq <= :upTo")
    int deleteRange(long after, long upTo);
}
