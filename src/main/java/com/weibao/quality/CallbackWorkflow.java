package com.weibao.quality;

import java.time.Instant;

/** The engine side of callbacks (quality.process): starts the callback process of a selected callback. */
public interface CallbackWorkflow {

    /**
     * Starts the callback process; returns its process instance id, which the callback keeps: the process's
     * listeners find their callback by it (never by a variable).
     */
    String start(String caseNumber, String contractCode, String teamGroup, Instant dueAt);
}
