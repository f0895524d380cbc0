package com.weibao.cases;

import com.weibao.contract.Category;
import com.weibao.contract.Priority;
import java.time.Instant;

/**
 * Everything an intake channel knows about a new case. Optional: system (triage confirms it), impact,
 * reportedAt (defaults to now) and priority (the fault-level decision proposes one otherwise).
 */
public record NewCase(String contractCode, String systemCode, Reporter reporter, Channel channel, Category category,
                      Impact impact, String summary, String description, Instant reportedAt, Priority priority,
                      String registeredBy) {

    public NewCase withReportedAt(Instant at) {
        return new NewCase(contractCode, systemCode, reporter, channel, category, impact, summary, description, at,
                priority, registeredBy);
    }
}
