package com.weibao.report;

import java.util.List;

/**
 * A contract's maintenance assessment (维保考核) for a quarter or a year: each criterion's weight, score (0–100, null
 * when there was nothing to judge: its weight then goes to the others) and basis, the weighted total, the grade from
 * {@code AssessmentGrade.dmn}, and the evidence each score counted (cases, inspections, reports, ratings).
 */
public record Assessment(PeriodReport.Header header, List<Score> scores, Double total, String grade,
                         String gradeLabel, List<Evidence> evidence) {

    /** A criterion's score: {@code basis} says what was counted, e.g. "按时 45 / 应达成 50". */
    public record Score(String code, String name, int weight, Double score, String basis) {

        public boolean applicable() {
            return score != null;
        }
    }

    /**
     * One thing a criterion counted: the case, inspection, report or rating ({@code item}), what it is, its outcome,
     * and where to see it ({@code href}, null when it has no page).
     */
    public record Evidence(String criterion, String item, String detail, String outcome, String href) {
    }

    /** The grade bands' answer: a code (EXCELLENT, GOOD, PASS, FAIL, NONE) and its label (优秀 …). */
    public record Grade(String code, String label) {
    }
}
