package com.weibao.change;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertPanelRepository extends JpaRepository<ExpertPanel, Long> {

    Optional<ExpertPanel> findByReference(String reference);

    Optional<ExpertPanel> findByProcessInstanceId(String processInstanceId);

    List<ExpertPanel> findByCaseNumberOrderByIdDesc(String caseNumber);
}
