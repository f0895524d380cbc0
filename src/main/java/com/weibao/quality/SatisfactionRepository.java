package com.weibao.quality;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SatisfactionRepository extends JpaRepository<SatisfactionRecord, Long> {

    boolean existsByCaseIdAndSource(Long caseId, SatisfactionSource source);

    List<SatisfactionRecord> findByContractCodeAndGivenAtGreaterThanEqualAndGivenAtLessThanOrderByGivenAtAsc(
            String contractCode, Instant from, Instant to);
}
