package com.weibao.change;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReleaseCadenceRepository extends JpaRepository<ReleaseCadence, String> {

    Optional<ReleaseCadence> findByContractCode(String contractCode);
}
