package com.weibao.intake;

/** A channel that can run a quarantined (authenticated) request through its processing again. */
public interface QuarantineReprocessor {

    /** Whether this channel owns requests of the source, e.g. "CTI:" sources. */
    boolean handles(String source);

    /**
     * Processes the request again; returns what happened, in a line. Throws when it fails again, or a
     * ConflictException when it cannot be tried (e.g. it needs the body, which was not kept).
     */
    String reprocess(QuarantinedRequest request) throws Exception;
}
