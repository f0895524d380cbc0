package com.weibao.inspection;

import com.weibao.contract.Contract;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InspectionRepository extends JpaRepository<Inspection, Long> {

    @EntityGraph(attributePaths = {"contract", "contract.hospital", "plan"})
    List<Inspection> findByContractOrderByRequestedAtDescIdDesc(Contract contract);

    long countByContractAndStatus(Contract contract, InspectionStatus status);

    Optional<Inspection> findByProcessInstanceId(String processInstanceId);

    boolean existsByPlanAndSlotDate(InspectionPlan plan, LocalDate slotDate);

    List<Inspection> findByPlan(InspectionPlan plan);

    /** Results of earlier inspections of the contract for the item whose follow-up case may still be open. */
    @Query("select r from InspectionResult r join fetch r.followUpCase c where r.inspection.contract = :contract "
            + "and r.itemCode = :itemCode and r.inspection.id <> :excluding order by r.id desc")
    List<InspectionResult> earlierFollowUps(Contract contract, String itemCode, Long excluding);

    @Query("select r from InspectionResult r join fetch r.followUpCase c join fetch r.inspection i "
            + "where i.contract = :contract order by r.id")
    List<InspectionResult> followUpsOf(Contract contract);
}
