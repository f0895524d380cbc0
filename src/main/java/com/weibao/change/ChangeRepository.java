package com.weibao.change;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeRepository extends JpaRepository<Change, Long> {

    Optional<Change> findByReference(String reference);

    Optional<Change> findByProcessInstanceId(String processInstanceId);

    List<Change> findAllByOrderByIdDesc();

    boolean existsByTitle(String title);

    List<Change> findByCaseNumberOrderByIdDesc(String caseNumber);
}
