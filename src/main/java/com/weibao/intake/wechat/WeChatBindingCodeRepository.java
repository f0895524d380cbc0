package com.weibao.intake.wechat;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WeChatBindingCodeRepository extends JpaRepository<WeChatBindingCode, Long> {

    Optional<WeChatBindingCode> findByCode(String code);
}
