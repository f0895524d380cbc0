package com.weibao.quality;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SatisfactionRepository extends JpaRepository<SatisfactionRecord, Long> {

    boolean existsByCaseIdAndSource(Long caseId, SatisfactionSource source);

    List<SatisfactionRecord> findByContractCodeAndGivenAtGreaterThanEqualAndGivenAtLessThanOrderByGivenAtAsc(
            String contractCode, Instant from, Instant to);

    /** Source, rating and how many, of the contracts' ratings given in [from, to). */
    @Query("select r.source, r.rating, count(r) from SatisfactionRecord r where r.contractCode in :codes "
            + "and r.givenAt >= :from and r.givenAt < :to group by r.source, r.rating")
    List<Object[]> countBySourceAndRating(java.util.Collection<String> codes, Instant from, Instant to);
}
