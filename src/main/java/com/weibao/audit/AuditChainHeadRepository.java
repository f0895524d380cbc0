package com.weibao.audit;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AuditChainHeadRepository extends JpaRepository<AuditChainHead, Integer> {

    /** The head, locked until the transaction ends: one sealer or purge at a time, on every node. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select h from AuditChainHead h where h.id = " + AuditChainHead.ID)
    AuditChainHead lock();

    @Query("select h from AuditChainHead h where h.id = " + AuditChainHead.ID)
    AuditChainHead read();
}
