package com.weibao.intake.phone;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PhoneCallEventRepository extends JpaRepository<PhoneCallEvent, Long> {

    boolean existsByEventKey(String eventKey);

    List<PhoneCallEvent> findByCallRowIdOrderByIdAsc(Long callRowId);
}
