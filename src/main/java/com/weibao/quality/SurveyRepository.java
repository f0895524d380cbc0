package com.weibao.quality;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyRepository extends JpaRepository<Survey, Long> {

    Optional<Survey> findByProcessInstanceId(String processInstanceId);

    boolean existsByContractCodeAndYear(String contractCode, int year);

    List<Survey> findByContractCodeInOrderByYearDescIdDesc(Collection<String> contractCodes);
}
