package com.weibao.platform.engine;

import com.weibao.contract.ContractService;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.stereotype.Component;

/**
 * One tenant per hospital: a process instance started for a contract (variable {@value #CONTRACT_CODE})
 * belongs to the contract's hospital, so its tasks and history are seen by that hospital's users only.
 * Process definitions are shared by all hospitals.
 */
@Component
public class HospitalTenancy implements TenantIdProvider {

    /** The variable every contract-bound process is started with. */
    public static final String CONTRACT_CODE = "contractCode";

    private final ContractService contracts;

    HospitalTenancy(ContractService contracts) {
        this.contracts = contracts;
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        Object code = ctx.getVariables().get(CONTRACT_CODE);
        if (code == null) {
            return null;
        }
        return contracts.find(code.toString()).map(c -> c.getHospital().getCode()).orElse(null);
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        return ctx.getExecution() == null ? null : ctx.getExecution().getTenantId();
    }
}
