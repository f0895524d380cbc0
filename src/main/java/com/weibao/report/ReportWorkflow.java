package com.weibao.report;

/** The report's review process as the domain sees it; the Camunda adapter in {@code report.process} implements it. */
public interface ReportWorkflow {

    /**
     * Starts the review of the contract's report or assessment for that period (drafting it first); returns the
     * instance id.
     */
    String start(String contractCode, String hospitalCode, ReportPeriod period, ReportDocument document);
}
