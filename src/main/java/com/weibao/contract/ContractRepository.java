package com.weibao.contract;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractRepository extends JpaRepository<Contract, Long> {

    @EntityGraph(attributePaths = {"hospital"})
    Optional<Contract> findByCode(String code);

    @EntityGraph(attributePaths = {"hospital"})
    List<Contract> findAllByOrderByCode();
}
