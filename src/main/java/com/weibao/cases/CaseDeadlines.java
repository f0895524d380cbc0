package com.weibao.cases;

import java.util.List;

/**
 * The port through which a case shows its service-level deadlines (REST details, the task forms' case view); the
 * SLA module, which computes them, answers.
 */
public interface CaseDeadlines {

    List<SlaTargetView> targetsOf(long caseId);
}
