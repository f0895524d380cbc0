package com.weibao.intake.wechat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WeChatMessageRepository extends JpaRepository<WeChatMessage, Long> {

    Optional<WeChatMessage> findByAppAndDedupKey(WeChatApp app, String dedupKey);

    List<WeChatMessage> findByCaseNumberOrderByIdAsc(String caseNumber);

    List<WeChatMessage> findByAppAndFromUserOrderByIdDesc(WeChatApp app, String fromUser);

    /** Messages recorded but not processed (the node stopped) or failed and due for another attempt. */
    @Query("select m.id from WeChatMessage m where (m.status = com.weibao.intake.wechat.WeChatMessage.Status.RECEIVED "
            + "and m.receivedAt < :stale) or (m.status = com.weibao.intake.wechat.WeChatMessage.Status.FAILED "
            + "and m.attempts < :maxAttempts and m.processedAt < :stale) order by m.id")
    List<Long> findUnfinished(Instant stale, int maxAttempts);
}
