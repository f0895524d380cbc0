package com.weibao.audit;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records audit entries. An entry is written in the caller's transaction (so an entry about a change commits or
 * rolls back with the change and is never lost) into a pending table, and sealed into the hash chain right after
 * the commit by the {@link AuditSealer}; the request that caused it does not wait for the chain.
 */
@Service
public class AuditTrail {

    private static final Object WAKE_UP_REGISTERED = new Object();

    private final PendingAuditEntryRepository pending;
    private final AuditSealer sealer;

    AuditTrail(PendingAuditEntryRepository pending, AuditSealer sealer) {
        this.pending = pending;
        this.sealer = sealer;
    }

    @Transactional
    public void record(AuditRecord record) {
        pending.save(new PendingAuditEntry(record));
        if (TransactionSynchronizationManager.getResource(WAKE_UP_REGISTERED) == null) {
            TransactionSynchronizationManager.bindResource(WAKE_UP_REGISTERED, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(WAKE_UP_REGISTERED);
                    if (status == STATUS_COMMITTED) {
                        sealer.wakeUp();
                    }
                }
            });
        }
    }
}
