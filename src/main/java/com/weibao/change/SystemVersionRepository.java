package com.weibao.change;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SystemVersionRepository extends JpaRepository<SystemVersion, Long> {

    List<SystemVersion> findByContractCodeAndSystemCodeOrderByRunningSinceAscIdAsc(String contractCode,
                                                                                  String systemCode);
}
