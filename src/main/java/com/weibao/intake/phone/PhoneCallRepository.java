package com.weibao.intake.phone;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PhoneCallRepository extends JpaRepository<PhoneCall, Long> {

    Optional<PhoneCall> findBySourceAndCallId(String source, String callId);

    List<PhoneCall> findByCallIdOrderByIdAsc(String callId);

    Optional<PhoneCall> findByProcessInstanceId(String processInstanceId);
}
