package com.weibao.inspection;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InspectionPlanRepository extends JpaRepository<InspectionPlan, Long> {

    @EntityGraph(attributePaths = {"contract", "contract.hospital"})
    @Query("select p from InspectionPlan p where p.contract.code = :contractCode order by p.code")
    List<InspectionPlan> findByContractCode(String contractCode);

    @EntityGraph(attributePaths = {"contract", "contract.hospital"})
    @Query("select p from InspectionPlan p where p.contract.code = :contractCode and p.code = :code")
    Optional<InspectionPlan> findByContractCodeAndCode(String contractCode, String code);

    @EntityGraph(attributePaths = {"contract", "contract.hospital"})
    @Query("select p from InspectionPlan p order by p.contract.code, p.code")
    List<InspectionPlan> findAllOrdered();
}
