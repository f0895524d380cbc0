package com.weibao.quality;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    Optional<Complaint> findByProcessInstanceId(String processInstanceId);

    boolean existsByComplaintCaseId(long complaintCaseId);

    List<Complaint> findByContractCodeAndFiledAtGreaterThanEqualAndFiledAtLessThanOrderByFiledAtAsc(String contractCode,
                                                                                                    Instant from,
                                                                                                    Instant to);
}
