package com.weibao.cases;

import com.weibao.contract.CoveredSystem;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SupportCaseRepository extends JpaRepository<SupportCase, Long>, JpaSpecificationExecutor<SupportCase> {

    Optional<SupportCase> findByNumber(String number);

    Optional<SupportCase> findByProcessInstanceId(String processInstanceId);

    /**
     * The case, its row locked until the transaction ends: SLA changes of one case (a user's action, a timer's
     * escalation) take this lock first, so they run one after the other and each sees the other's result.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from SupportCase c where c.id = :id")
    Optional<SupportCase> lockById(long id);

    /** The cases of a contract in the given states reported from this mail address. */
    @Query("select c from SupportCase c where c.contract.code = :contractCode and c.reporter.email = :email "
            + "and c.status in :statuses order by c.registeredAt desc")
    List<SupportCase> findReportedBy(String contractCode, String email, Collection<CaseStatus> statuses);

    /** Cases of one system with one fault type reported in a period, cancelled duplicates not counted. */
    @Query("select count(c) from SupportCase c where c.system = :system and c.faultType = :faultType "
            + "and c.reportedAt >= :from and c.reportedAt <= :to and c.status <> com.weibao.cases.CaseStatus.CANCELLED")
    long countSameFault(CoveredSystem system, FaultType faultType, Instant from, Instant to);
}
