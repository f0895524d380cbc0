package com.weibao.contract;

import com.weibao.platform.security.Caller;
import com.weibao.platform.web.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class ContractService {

    private final ContractRepository contracts;

    public ContractService(ContractRepository contracts) {
        this.contracts = contracts;
    }

    public List<Contract> visibleContracts(Caller caller) {
        return contracts.findAllByOrderByCode().stream()
                .filter(c -> caller.canSeeHospital(c.getHospital().getCode()))
                .toList();
    }

    /** The contract if it exists and the caller may see it; otherwise empty, the same for both. */
    public Optional<Contract> findVisible(String code, Caller caller) {
        return contracts.findByCode(code).filter(c -> caller.canSeeHospital(c.getHospital().getCode()));
    }

    public Contract visibleContract(String code, Caller caller) {
        return findVisible(code, caller).orElseThrow(() -> new NotFoundException("no contract '" + code + "'"));
    }
}
