package com.weibao.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An audit entry written in the transaction of what it records, waiting to be sealed into the chain. */
@Entity
@Table(name = "audit_pending")
class PendingAuditEntry extends AuditFields {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    protected PendingAuditEntry() {
    }

    PendingAuditEntry(AuditRecord record) {
        super(record);
    }
}
