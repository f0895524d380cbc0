package com.weibao.quality;

import java.time.Instant;

/** The engine side of callbacks (quality.process): starts the callback process of a selected callback. */
public interface CallbackWorkflow {

    /** Starts the callback process; returns its process instance id. */
    String start(long callbackId, String caseNumber, String contractCode, String teamGroup, Instant dueAt);
}
