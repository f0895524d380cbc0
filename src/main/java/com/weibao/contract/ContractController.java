package com.weibao.contract;

import com.weibao.platform.security.Caller;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/contracts")
class ContractController {

    private final ContractService contracts;

    ContractController(ContractService contracts) {
        this.contracts = contracts;
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<ContractView> list(@AuthenticationPrincipal Caller caller) {
        return contracts.visibleContracts(caller).stream().map(ContractView::of).toList();
    }

    @GetMapping("/{code}")
    @Transactional(readOnly = true)
    ContractView get(@PathVariable String code, @AuthenticationPrincipal Caller caller) {
        return ContractView.of(contracts.visibleContract(code, caller));
    }
}
