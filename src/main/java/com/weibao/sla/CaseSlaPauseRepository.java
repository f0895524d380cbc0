package com.weibao.sla;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseSlaPauseRepository extends JpaRepository<CaseSlaPause, Long> {

    List<CaseSlaPause> findByCaseIdOrderByPausedAtAsc(long caseId);

    /** The stretches in which the case's clock stood still; the last one is open while it still does. */
    default List<Period> periodsOf(long caseId) {
        return findByCaseIdOrderByPausedAtAsc(caseId).stream().map(CaseSlaPause::period).toList();
    }
}
