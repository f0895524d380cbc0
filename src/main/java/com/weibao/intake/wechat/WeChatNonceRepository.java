package com.weibao.intake.wechat;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface WeChatNonceRepository extends JpaRepository<WeChatNonce, String> {

    @Modifying
    @Query("delete from WeChatNonce n where n.expiresAt < :now")
    int deleteExpired(Instant now);
}
