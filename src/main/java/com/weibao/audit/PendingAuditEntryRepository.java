package com.weibao.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PendingAuditEntryRepository extends JpaRepository<PendingAuditEntry, Long> {

    @Query("select p from PendingAuditEntry p order by p.id")
    List<PendingAuditEntry> oldestFirst(Pageable page);
}
