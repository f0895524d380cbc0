package com.weibao.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractReportRepository extends JpaRepository<ContractReport, Long> {

    Optional<ContractReport> findByContractCodeAndPeriodAndDocument(String contractCode, String period,
                                                                    ReportDocument document);

    List<ContractReport> findByContractCodeAndDocumentAndKind(String contractCode, ReportDocument document,
                                                              ReportPeriod.Kind kind);

    Optional<ContractReport> findByProcessInstanceId(String processInstanceId);

    List<ContractReport> findByContractCodeInOrderByDraftedAtDescIdDesc(List<String> contractCodes);
}
