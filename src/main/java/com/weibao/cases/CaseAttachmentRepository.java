package com.weibao.cases;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseAttachmentRepository extends JpaRepository<CaseAttachment, Long> {

    List<CaseAttachment> findBySupportCaseOrderByFileCreatedAtAscIdAsc(SupportCase supportCase);

    Optional<CaseAttachment> findByIdAndSupportCase(Long id, SupportCase supportCase);
}
