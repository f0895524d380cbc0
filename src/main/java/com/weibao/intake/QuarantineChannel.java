package com.weibao.intake;

import com.weibao.cases.Channel;

/** An intake channel's side of the quarantine: running one of its items through its processing again. */
public interface QuarantineChannel {

    /** What reprocessing did, in a line, and the case it opened or added to (null if none). */
    record Outcome(String summary, String caseNumber) {
    }

    /** The channel whose items this one reprocesses. */
    Channel channel();

    /**
     * Processes the item again. Throws a ConflictException when it cannot be tried (e.g. it needs the body, which
     * was not kept); any other exception means it failed again.
     */
    Outcome reprocess(QuarantinedItem item) throws Exception;

    /** Called in the transaction that dismisses one of the channel's items, for the channel's own records. */
    default void dismissed(QuarantinedItem item) {
    }
}
