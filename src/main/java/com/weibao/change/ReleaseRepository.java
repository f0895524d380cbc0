package com.weibao.change;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReleaseRepository extends JpaRepository<Release, Long> {

    Optional<Release> findByReference(String reference);

    Optional<Release> findByProcessInstanceId(String processInstanceId);

    List<Release> findAllByOrderByIdDesc();

    List<Release> findByContractCodeAndSystemCodeAndStatusOrderByReleasedAtAscIdAsc(String contractCode,
                                                                                   String systemCode,
                                                                                   ReleaseStatus status);

    List<Release> findByContractCodeOrderByIdDesc(String contractCode);

    @Query("select r from Release r where exists (select c from ReleaseCase c where c.release = r"
            + " and c.caseNumber = ?1) order by r.id desc")
    List<Release> findFixing(String caseNumber);
}
