package com.weibao.intake;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuarantineRepository extends JpaRepository<QuarantinedRequest, Long> {

    List<QuarantinedRequest> findByStatusOrderByReceivedAtDescIdDesc(QuarantinedRequest.Status status, Pageable page);

    List<QuarantinedRequest> findByStatusAndSourceStartingWithOrderByReceivedAtDescIdDesc(
            QuarantinedRequest.Status status, String sourcePrefix, Pageable page);

    List<QuarantinedRequest> findByReferenceOrderByIdAsc(String reference);
}
