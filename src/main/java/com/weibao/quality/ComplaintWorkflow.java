package com.weibao.quality;

import java.time.Instant;
import java.util.List;

/** The engine side of complaints (quality.process): the complaint process, and who is in a group. */
public interface ComplaintWorkflow {

    /**
     * Starts the complaint process in the contract's hospital tenant; returns its process instance id, which the
     * complaint keeps: the process's listeners and delegates find their complaint by it (never by a variable).
     */
    String start(String reference, String contractCode, Instant dueAt);

    /** The user ids of a group's members (the service managers), sorted. */
    List<String> membersOf(String group);
}
