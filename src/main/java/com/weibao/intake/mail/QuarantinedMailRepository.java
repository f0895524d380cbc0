package com.weibao.intake.mail;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuarantinedMailRepository extends JpaRepository<QuarantinedMail, Long> {

    List<QuarantinedMail> findByStatusOrderByQuarantinedAtDesc(QuarantinedMail.Status status, Pageable page);
}
