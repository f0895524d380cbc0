package com.weibao.sla;

import java.util.List;

/** What the SLA engine tells others about a case. */
public interface SlaReport {

    List<SlaTargetView> targetsOf(long caseId);
}
