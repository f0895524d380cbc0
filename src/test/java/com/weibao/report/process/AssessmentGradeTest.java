package com.weibao.report.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.weibao.cases.process.ProcessTestEngine;
import com.weibao.report.Assessment;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The grade bands of AssessmentGrade.dmn at their edges, evaluated as the application does (DecisionService). */
@Deployment(resources = "AssessmentGrade.dmn")
class AssessmentGradeTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.get()).build();

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource({
            "100,   EXCELLENT, 优秀",
            "90,    EXCELLENT, 优秀",
            "89.9,  GOOD,      良好",
            "75,    GOOD,      良好",
            "74.9,  PASS,      合格",
            "60,    PASS,      合格",
            "59.9,  FAIL,      不合格",
            "0,     FAIL,      不合格"})
    void bands(double total, String grade, String label) {
        Assessment.Grade g = new CamundaAssessmentGrading(engine.getDecisionService()).grade(total);
        assertThat(g).isEqualTo(new Assessment.Grade(grade, label));
    }

    @Test
    void nothingToJudgeIsNotGraded() {
        assertThat(new CamundaAssessmentGrading(engine.getDecisionService()).grade(null))
                .isEqualTo(new Assessment.Grade("NONE", "不予评定"));
    }
}
