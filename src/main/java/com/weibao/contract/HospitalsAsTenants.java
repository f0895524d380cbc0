package com.weibao.contract;

import com.weibao.platform.identity.HospitalTenants;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The contracts' hospitals as the engine's tenants. */
@Component
@Transactional(readOnly = true)
class HospitalsAsTenants implements HospitalTenants {

    private final ContractService contracts;

    HospitalsAsTenants(ContractService contracts) {
        this.contracts = contracts;
    }

    @Override
    public List<Tenant> all() {
        return contracts.hospitals().stream().map(h -> new Tenant(h.getCode(), h.getName())).toList();
    }

    @Override
    public Optional<String> hospitalOfContract(String contractCode) {
        return contracts.find(contractCode).map(c -> c.getHospital().getCode());
    }
}
