package com.weibao.cases;

import com.weibao.contract.Category;
import com.weibao.contract.Priority;
import java.time.Instant;
import java.util.List;

/**
 * What a period report needs to know of one case (read-only, see {@link CaseReportQueries}): its classification
 * today, its status changes and the events a report counts (reopening, level changes, the repeat rule).
 */
public record CaseFacts(long id, String number, Priority priority, Category category, Channel channel,
                        String systemCode, String systemName, FaultType faultType, Instant reportedAt,
                        CaseStatus status, Satisfaction satisfaction, Instant confirmedAt, List<Change> changes) {

    /** One entry of the case's history: when, what, and the status it led to (null if it kept the status). */
    public record Change(Instant at, CaseEventType type, CaseStatus toStatus) {
    }

    /** The case's status at that moment (null before it was reported). */
    public CaseStatus statusAt(Instant at) {
        if (reportedAt.isAfter(at)) {
            return null;
        }
        CaseStatus s = CaseStatus.NEW;
        for (Change c : changes) {
            if (c.at().isAfter(at)) {
                break;
            }
            if (c.toStatus() != null) {
                s = c.toStatus();
            }
        }
        return s;
    }

    /** Still to be worked on at that moment (reported, not resolved, closed or cancelled). */
    public boolean openAt(Instant at) {
        CaseStatus s = statusAt(at);
        return s != null && s.isOpen();
    }

    /** How many events of that type the case had in [from, to). */
    public long count(CaseEventType type, Instant from, Instant to) {
        return changes.stream().filter(c -> c.type() == type && !c.at().isBefore(from) && c.at().isBefore(to)).count();
    }
}
