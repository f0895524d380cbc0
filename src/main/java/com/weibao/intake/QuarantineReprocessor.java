package com.weibao.intake;

/** A channel that can run a quarantined (authenticated) request through its processing again. */
public interface QuarantineReprocessor {

    /** Whether this channel owns requests of the source, e.g. "CTI:" sources. */
    boolean handles(String source);

    /** Processes the payload again; returns what happened, in a line. Throws when it fails again. */
    String reprocess(QuarantinedRequest request) throws Exception;
}
