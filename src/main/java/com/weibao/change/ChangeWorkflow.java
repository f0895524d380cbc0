package com.weibao.change;

/** ChangeProcess as the domain sees it; the Camunda adapter implements it. */
public interface ChangeWorkflow {

    /** Starts the change's process; returns the process instance id. */
    String start(Change change);
}
