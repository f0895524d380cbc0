package com.weibao.sla;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseSlaTargetRepository extends JpaRepository<CaseSlaTarget, Long> {

    List<CaseSlaTarget> findByCaseIdOrderByIdAsc(long caseId);

    @Query("select t.caseId from CaseSlaTarget t where t.id = :id")
    long findCaseIdOf(long id);
}
