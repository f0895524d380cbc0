package com.weibao.notify;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByCaseIdOrderByCreatedAtAscIdAsc(Long caseId);

    List<Notification> findByStatusOrderByCreatedAtDesc(NotificationStatus status, Pageable page);

    boolean existsByDedupKey(String dedupKey);

    long countByStatus(NotificationStatus status);

    long countByStatusAndCreatedAtBefore(NotificationStatus status, Instant before);

    @Query("select n.id from Notification n where n.status = com.weibao.notify.NotificationStatus.PENDING "
            + "and n.nextAttemptAt <= :now order by n.nextAttemptAt")
    List<Long> findDue(Instant now, Pageable page);

    /** Takes a due notification for this dispatcher; 0 when another one took it first. */
    @Modifying
    @Query("update Notification n set n.status = com.weibao.notify.NotificationStatus.SENDING, n.nextAttemptAt = :until "
            + "where n.id = :id and n.status = com.weibao.notify.NotificationStatus.PENDING")
    int claim(Long id, Instant until);

    /** Notifications left SENDING by a dispatcher that stopped mid-way go back to PENDING. */
    @Modifying
    @Query("update Notification n set n.status = com.weibao.notify.NotificationStatus.PENDING "
            + "where n.status = com.weibao.notify.NotificationStatus.SENDING and n.nextAttemptAt < :now")
    int releaseAbandoned(Instant now);
}
