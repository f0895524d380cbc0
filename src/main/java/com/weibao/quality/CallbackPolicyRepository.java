package com.weibao.quality;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CallbackPolicyRepository extends JpaRepository<CallbackPolicy, Long> {

    Optional<CallbackPolicy> findByContractCode(String contractCode);
}
