package com.weibao.change;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeRepository extends JpaRepository<Change, Long> {

    Optional<Change> findByReference(String reference);

    Optional<Change> findByProcessInstanceId(String processInstanceId);

    List<Change> findAllByOrderByIdDesc();

    List<Change> findByCaseNumberOrderByIdDesc(String caseNumber);
}
