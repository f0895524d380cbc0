package com.weibao.inspection;

/** The inspection and schedule processes, as the domain sees them; the Camunda adapter implements it. */
public interface InspectionWorkflow {

    /** Starts an inspection's process, whose first step registers the inspection; returns the new inspection's id. */
    long start(InspectionRequest request);

    /**
     * Makes sure the plan's schedule runs at the plan's current revision: starts it when missing, replaces it
     * when the plan's schedule changed. Returns true when it started one.
     */
    boolean ensureSchedule(InspectionPlan plan);
}
