package com.weibao.cases;

/** The case's process, as the domain sees it; the Camunda adapter implements it. */
public interface CaseWorkflow {

    /** Starts a case's process, whose first step registers the case; returns the new case's id. */
    long start(NewCase newCase);

    /** The reporter answered a case that was waiting for them: its process goes back to support. */
    void reporterReplied(SupportCase supportCase);

    /** The complaint a case classified 投诉 brought in was answered: its process goes on to archive it. */
    void complaintAnswered(SupportCase supportCase);

    /** The case's level changed after triage: the process's routing follows. */
    void priorityChanged(SupportCase supportCase);
}
