package com.weibao.cases;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CaseRequestKeyRepository extends JpaRepository<CaseRequestKey, Long> {

    Optional<CaseRequestKey> findByUserIdAndKey(String userId, String key);

    @Modifying
    @Query("delete from CaseRequestKey k where k.expiresAt <= :now")
    int deleteExpired(Instant now);
}
