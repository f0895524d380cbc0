package com.weibao.audit;

import com.weibao.platform.logging.PersonalData;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What one audit entry says: who (actor, client address, surface), when, what (action on an object of a hospital)
 * and the outcome. Times are kept to the second (what MySQL/MariaDB store without fractional seconds), texts are
 * cut to their column sizes, and personal data in the detail is masked, so that what is hashed is what is stored.
 */
public record AuditRecord(Instant occurredAt, String actor, String clientAddress, AuditSurface surface,
                          String action, String objectType, String objectId, String hospitalCode,
                          AuditOutcome outcome, String detail) {

    static final int DETAIL_MAX = 1000;

    public AuditRecord {
        occurredAt = occurredAt.truncatedTo(ChronoUnit.SECONDS);
        actor = cut(actor, 100);
        clientAddress = cut(clientAddress, 64);
        action = cut(action, 64);
        objectType = cut(objectType, 32);
        objectId = cut(objectId, 128);
        hospitalCode = cut(hospitalCode, 64);
        detail = cut(PersonalData.mask(detail), DETAIL_MAX);
    }

    private static String cut(String value, int max) {
        if (value == null) {
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}
