package com.weibao.change;

/** ExpertPanelProcess as the domain sees it; the Camunda adapter implements it. */
public interface ExpertPanelWorkflow {

    /** Starts the panel's process; returns the process instance id. */
    String start(ExpertPanel panel);
}
