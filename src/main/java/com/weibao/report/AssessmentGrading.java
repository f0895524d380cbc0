package com.weibao.report;

/**
 * The grade bands of the maintenance assessment (优秀/良好/合格/不合格), decided by the decision table
 * {@code AssessmentGrade.dmn}; the Camunda adapter in {@code report.process} evaluates it.
 */
public interface AssessmentGrading {

    /** The grade of a weighted total (0–100), or NONE (不予评定) when there was nothing to judge (null). */
    Assessment.Grade grade(Double total);
}
