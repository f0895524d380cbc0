package com.weibao.cases;

import com.weibao.contract.Category;
import com.weibao.contract.Priority;
import java.time.Instant;

/**
 * Everything an intake channel knows about a new case. Optional: system (triage confirms it), impact,
 * reportedAt (defaults to now) and priority (the fault-level decision proposes one otherwise).
 * {@code contractToBeAssigned}: the channel could not tell the contract (mail from an unknown sender), so the
 * case is registered without one and triage assigns it; only intake channels set it, never the REST API.
 * {@code reportedAtReason}: why a person dates the report back (a call taken on paper), for the case history; see
 * {@link ReportedAtLimits}.
 */
public record NewCase(String contractCode, String systemCode, Reporter reporter, Channel channel, Category category,
                      Impact impact, String summary, String description, Instant reportedAt, Priority priority,
                      String registeredBy, boolean contractToBeAssigned, String reportedAtReason) {

    public NewCase(String contractCode, String systemCode, Reporter reporter, Channel channel, Category category,
                   Impact impact, String summary, String description, Instant reportedAt, Priority priority,
                   String registeredBy) {
        this(contractCode, systemCode, reporter, channel, category, impact, summary, description, reportedAt, priority,
                registeredBy, false, null);
    }

    public NewCase(String contractCode, String systemCode, Reporter reporter, Channel channel, Category category,
                   Impact impact, String summary, String description, Instant reportedAt, Priority priority,
                   String registeredBy, boolean contractToBeAssigned) {
        this(contractCode, systemCode, reporter, channel, category, impact, summary, description, reportedAt, priority,
                registeredBy, contractToBeAssigned, null);
    }

    public NewCase withReportedAt(Instant at) {
        return new NewCase(contractCode, systemCode, reporter, channel, category, impact, summary, description, at,
                priority, registeredBy, contractToBeAssigned, reportedAtReason);
    }
}
