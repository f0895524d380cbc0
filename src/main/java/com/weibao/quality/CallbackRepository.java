package com.weibao.quality;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CallbackRepository extends JpaRepository<Callback, Long> {

    boolean existsByCaseId(long caseId);

    Optional<Callback> findByCaseId(long caseId);

    Optional<Callback> findByProcessInstanceId(String processInstanceId);

    Optional<Callback> findFirstByReporterKeyAndDecisionOrderByClosedAtDesc(String reporterKey,
                                                                          CallbackDecision decision);

    List<Callback> findByContractCodeAndClosedAtGreaterThanEqualAndClosedAtLessThan(String contractCode,
                                                                                   Instant from, Instant to);
}
