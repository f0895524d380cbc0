package com.weibao.audit;

import java.time.Instant;
import java.util.Set;

/**
 * Which audit items to read: a period, the hospitals (null: all, for the vendor's administrators), optionally one
 * actor, action or object id, and which sources (WEIBAO, ENGINE; null: both).
 */
public record AuditFilter(Instant from, Instant to, Set<String> hospitals, String actor, String action,
                          String objectId, String source) {

    public boolean includes(String itemSource) {
        return source == null || source.equals(itemSource);
    }
}
