package com.weibao.cases;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CaseNumberCounterRepository extends JpaRepository<CaseNumberCounter, Integer> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CaseNumberCounter c where c.year = :year")
    Optional<CaseNumberCounter> lockYear(int year);
}
