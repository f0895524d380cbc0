package com.weibao.intake;

import com.weibao.cases.Channel;
import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuarantineRepository extends JpaRepository<QuarantinedItem, Long> {

    /** The items of one status, newest first, optionally of one channel and source; without their bodies. */
    @Query(value = "select new com.weibao.intake.QuarantineView(q.id, q.channel, q.source, q.reason, q.detail,"
            + " q.authenticated, q.reference, q.sender, q.subject, q.requestLine, q.headers, q.contentType,"
            + " q.bodyBytes, q.bodyKept, q.receivedAt, q.quarantinedAt, q.attempts, q.status, q.resolvedBy,"
            + " q.resolvedAt, q.resolutionNote, q.caseNumber) from QuarantinedItem q where q.status = :status"
            + " and (:channel is null or q.channel = :channel) and (:source is null or q.source = :source)"
            + " order by q.quarantinedAt desc, q.id desc",
            countQuery = "select count(q) from QuarantinedItem q where q.status = :status"
                    + " and (:channel is null or q.channel = :channel) and (:source is null or q.source = :source)")
    Page<QuarantineView> list(QuarantinedItem.Status status, Channel channel, String source, Pageable page);

    /** The bytes of the bodies kept for a source since a moment. */
    @Query("select coalesce(sum(q.bodyBytes), 0) from QuarantinedItem q"
            + " where q.source = :source and q.bodyKept = true and q.quarantinedAt > :since")
    long keptBodyBytesSince(String source, Instant since);

    /** Whether an authenticated item of the source was kept without its body since a moment. */
    @Query("select count(q) > 0 from QuarantinedItem q where q.source = :source and q.authenticated = true"
            + " and q.bodyKept = false and q.quarantinedAt > :since")
    boolean keptWithoutBodySince(String source, Instant since);
}
