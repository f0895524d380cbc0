package com.weibao.report.process;

import com.weibao.report.Assessment;
import com.weibao.report.AssessmentGrading;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The grade bands of the maintenance assessment: the decision table AssessmentGrade.dmn, through the engine. */
@Component
class CamundaAssessmentGrading implements AssessmentGrading {

    static final String DECISION = "AssessmentGrade";

    private final DecisionService decisions;

    CamundaAssessmentGrading(DecisionService decisions) {
        this.decisions = decisions;
    }

    /**
     * In a transaction of its own: the engine writes the evaluation to its decision history, which a read-only
     * transaction of the caller (drafting an assessment) would refuse on MariaDB.
     */
    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Assessment.Grade grade(Double total) {
        Map<String, Object> input = new HashMap<>();
        input.put("totalScore", total);
        DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey(DECISION, input).getSingleResult();
        return new Assessment.Grade(result.getEntry("grade"), result.getEntry("gradeLabel"));
    }
}
