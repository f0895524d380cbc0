package com.weibao.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractReportRepository extends JpaRepository<ContractReport, Long> {

    Optional<ContractReport> findByContractCodeAndPeriod(String contractCode, String period);

    Optional<ContractReport> findByProcessInstanceId(String processInstanceId);

    List<ContractReport> findByContractCodeInOrderByDraftedAtDescIdDesc(List<String> contractCodes);
}
