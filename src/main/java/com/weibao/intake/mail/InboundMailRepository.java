package com.weibao.intake.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InboundMailRepository extends JpaRepository<InboundMail, Long> {

    Optional<InboundMail> findByMessageKey(String messageKey);

    List<InboundMail> findByMessageKeyIn(List<String> messageKeys);

    @Query("select m from InboundMail m where m.caseId = :caseId and m.messageId is not null "
            + "order by m.receivedAt, m.id")
    List<InboundMail> findThreadOf(Long caseId);

    @Query("select count(m) from InboundMail m where m.sender = :sender and m.autoReply = 'SENT' "
            + "and m.processedAt > :since")
    long countAcknowledgedSince(String sender, Instant since);
}
