package com.weibao.change;

/** ReleaseProcess as the domain sees it; the Camunda adapter implements it. */
public interface ReleaseWorkflow {

    /** Starts the release's process; returns the process instance id. */
    String start(Release release);
}
