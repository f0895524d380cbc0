package com.weibao.change;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeDocumentRepository extends JpaRepository<ChangeDocument, Long> {

    List<ChangeDocument> findByChangeIdOrderById(Long changeId);
}
