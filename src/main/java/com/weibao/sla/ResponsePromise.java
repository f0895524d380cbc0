package com.weibao.sla;

import java.time.Instant;
import java.util.Optional;

/** When the reporter of a case can expect a response, as the contract promises; empty if it promises none. */
public interface ResponsePromise {

    Optional<Instant> responseDueAt(long caseId);
}
