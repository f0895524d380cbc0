package com.weibao.intake;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuarantineRepository extends JpaRepository<QuarantinedRequest, Long> {

    List<QuarantinedRequest> findByStatusOrderByReceivedAtDescIdDesc(QuarantinedRequest.Status status, Pageable page);

    List<QuarantinedRequest> findByStatusAndSourceStartingWithOrderByReceivedAtDescIdDesc(
            QuarantinedRequest.Status status, String sourcePrefix, Pageable page);

    List<QuarantinedRequest> findByReferenceOrderByIdAsc(String reference);

    /** The bytes of the bodies kept for a source since a moment. */
    @Query("select coalesce(sum(q.payloadBytes), 0) from QuarantinedRequest q"
            + " where q.source = :source and q.payloadKept = true and q.receivedAt > :since")
    long keptPayloadBytesSince(String source, Instant since);

    /** Whether an authenticated request of the source was kept without its body since a moment. */
    @Query("select count(q) > 0 from QuarantinedRequest q where q.source = :source and q.authenticated = true"
            + " and q.payloadKept = false and q.receivedAt > :since")
    boolean keptWithoutPayloadSince(String source, Instant since);
}
