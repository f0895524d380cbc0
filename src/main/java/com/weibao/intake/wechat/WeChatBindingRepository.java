package com.weibao.intake.wechat;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WeChatBindingRepository extends JpaRepository<WeChatBinding, Long> {

    Optional<WeChatBinding> findByAppAndWechatUser(WeChatApp app, String wechatUser);

    List<WeChatBinding> findByUserIdOrderByBoundAtDesc(String userId);

    List<WeChatBinding> findByReporterPhoneIsNotNullOrderByBoundAtDesc();

    List<WeChatBinding> findByReporterEmailIgnoreCaseOrderByBoundAtDesc(String email);
}
