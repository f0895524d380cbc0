package com.weibao.sla;

import java.util.Collection;

/** The timers that watch a case's targets (in its process); the Camunda adapter implements it. */
public interface SlaWatch {

    /** The targets changed: each is watched again with its new deadlines, or no longer watched when closed. */
    void refresh(String processInstanceId, Collection<CaseSlaTarget> targets);
}
