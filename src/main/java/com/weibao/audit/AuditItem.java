package com.weibao.audit;

import java.time.Instant;

/**
 * One line of the audit trail as read and exported: a Weibao entry (source WEIBAO, with its place in the chain and
 * its hash) or an entry of the engine's user operation log (source ENGINE: task, variable, process and identity
 * operations as Camunda records them, without a client address).
 */
public record AuditItem(String source, Long seq, Instant at, String actor, String clientAddress, String surface,
                        String action, String objectType, String objectId, String hospital, String outcome,
                        String detail, String hash) {

    static final String WEIBAO = "WEIBAO";
    public static final String ENGINE = "ENGINE";

    static AuditItem of(AuditEntry e) {
        return new AuditItem(WEIBAO, e.getSeq(), e.getOccurredAt(), e.getActor(), e.getClientAddress(),
                e.getSurface().name(), e.getAction(), e.getObjectType(), e.getObjectId(), e.getHospitalCode(),
                e.getOutcome().name(), e.getDetail(), e.getEntryHash());
    }
}
