package com.weibao.audit;

import com.weibao.platform.crypto.Digests;
import java.nio.charset.StandardCharsets;

/**
 * The chain's hash: SHA-256 over a canonical form of an entry (every field length-prefixed, so no two different
 * entries share a form) that includes its sequence number and the previous entry's hash. Changing, removing or
 * inserting an entry changes every hash after it.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);
    private static final String VERSION = "weibao-audit-1";

    private AuditChain() {
    }

    static String hash(long seq, AuditRecord r, String prevHash) {
        StringBuilder form = new StringBuilder(VERSION);
        for (String field : new String[] {Long.toString(seq), r.occurredAt().toString(), r.actor(),
                r.clientAddress(), r.surface().name(), r.action(), r.objectType(), r.objectId(), r.hospitalCode(),
                r.outcome().name(), r.detail(), prevHash}) {
            form.append('|');
            if (field == null) {
                form.append('~');
            } else {
                form.append(field.length()).append(':').append(field);
            }
        }
        return Digests.sha256Hex(form.toString().getBytes(StandardCharsets.UTF_8));
    }
}
