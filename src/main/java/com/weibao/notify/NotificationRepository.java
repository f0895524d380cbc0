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
    /** The case of a mail Weibao sent, by its Message-ID (replies name it in In-Reply-To / References). */
    @Query("select n.caseId from Notification n where n.externalId = :messageId and n.caseId is not null")
    List<Long> findCaseIdsByExternalId(String messageId);

    /** The mails sent for a case, oldest first, for threading the next one. */
    @Query("select n from Notification n where n.caseId = :caseId and n.channel = com.weibao.notify.ChannelType.EMAIL "
            + "and n.externalId is not null order by n.sentAt, n.id")
    List<Notification> findSentMails(Long caseId);

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
