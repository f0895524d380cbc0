package com.weibao.contract;

import com.weibao.platform.security.Caller;
import com.weibao.platform.web.NotFoundException;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class ContractService {

    private final ContractRepository contracts;
    private final HospitalRepository hospitals;
    private final EntityManager entityManager;

    public ContractService(ContractRepository contracts, HospitalRepository hospitals, EntityManager entityManager) {
        this.contracts = contracts;
        this.hospitals = hospitals;
        this.entityManager = entityManager;
    }

    /**
     * The contract with this code, by Hibernate's natural-id lookup: within one transaction it is read from the
     * database once however often a request looks it up (validation, registration, the process's tenant).
     */
    public Optional<Contract> find(String code) {
        return entityManager.unwrap(Session.class).bySimpleNaturalId(Contract.class).loadOptional(code);
    }

    /** Every contract, by code, with its hospital. */
    public List<Contract> all() {
        return contracts.findAllByOrderByCode();
    }

    /** Every hospital the contracts serve. */
    public List<Hospital> hospitals() {
        return hospitals.findAll();
    }

    /** Contracts that know this sender address (lower case). */
    public List<Contract> byMailAddress(String address) {
        return contracts.findByMailAddress(address);
    }

    /** Contracts with any known sender domain, to match a sender's domain against. */
    public List<Contract> withMailDomains() {
        return contracts.findWithMailDomains();
    }

    public List<Contract> visibleContracts(Caller caller) {
        return contracts.findAllByOrderByCode().stream()
                .filter(c -> caller.canSeeHospital(c.getHospital().getCode()))
                .toList();
    }

    /** The contract if it exists and the caller may see it; otherwise empty, the same for both. */
    public Optional<Contract> findVisible(String code, Caller caller) {
        return find(code).filter(c -> caller.canSeeHospital(c.getHospital().getCode()));
    }

    public Contract visibleContract(String code, Caller caller) {
        return findVisible(code, caller).orElseThrow(() -> new NotFoundException("no contract '" + code + "'"));
    }
}
