package com.weibao.quality;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyCallRepository extends JpaRepository<SurveyCall, Long> {

    List<SurveyCall> findBySurveyIdOrderByPosition(Long surveyId);

    Optional<SurveyCall> findByTaskId(String taskId);
}
