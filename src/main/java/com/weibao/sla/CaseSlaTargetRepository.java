package com.weibao.sla;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseSlaTargetRepository extends JpaRepository<CaseSlaTarget, Long> {

    List<CaseSlaTarget> findByCaseIdOrderByIdAsc(long caseId);

    @Query("select t.caseId from CaseSlaTarget t where t.id = :id")
    long findCaseIdOf(long id);

    /** Whether the target belongs to the case that the process instance works on. */
    @Query("select count(t) > 0 from CaseSlaTarget t, com.weibao.cases.SupportCase c "
            + "where t.id = :targetId and c.id = t.caseId and c.processInstanceId = :processInstanceId")
    boolean isTargetOfProcess(long targetId, String processInstanceId);
}
