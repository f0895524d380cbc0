package com.weibao.sla;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseSlaPauseRepository extends JpaRepository<CaseSlaPause, Long> {

    List<CaseSlaPause> findByCaseIdOrderByPausedAtAsc(long caseId);
}
