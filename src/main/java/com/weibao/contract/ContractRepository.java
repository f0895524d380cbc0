package com.weibao.contract;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ContractRepository extends JpaRepository<Contract, Long> {

    @EntityGraph(attributePaths = {"hospital"})
    Optional<Contract> findByCode(String code);

    @EntityGraph(attributePaths = {"hospital"})
    List<Contract> findAllByOrderByCode();

    /** Contracts that know this sender address (lower case). */
    @EntityGraph(attributePaths = {"hospital"})
    @Query("select c from Contract c join c.mailAddresses a where a = :address order by c.code")
    List<Contract> findByMailAddress(String address);

    /** Contracts with any known sender domain, to match a sender's domain against. */
    @EntityGraph(attributePaths = {"hospital", "mailDomains"})
    @Query("select distinct c from Contract c join c.mailDomains d order by c.code")
    List<Contract> findWithMailDomains();
}
