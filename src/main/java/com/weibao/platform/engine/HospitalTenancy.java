package com.weibao.platform.engine;

import com.weibao.platform.identity.HospitalTenants;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.stereotype.Component;

/**
 * One tenant per hospital: a process instance started for a contract (variable {@value #CONTRACT_CODE})
 * belongs to the contract's hospital, so its tasks and history are seen by that hospital's users only.
 * Every other instance (a case whose hospital is not known yet, a phone call, a decision evaluated on its own)
 * belongs to the vendor's desk ({@value #DESK}), whose members are the vendor's groups only: nothing runs without a
 * tenant, which every user could read. Camunda cannot move a running instance to another tenant; a case whose
 * hospital becomes known goes on in a new instance in the hospital's tenant (CaseProcess, 移交医院处理).
 * Process definitions are shared by all hospitals.
 */
@Component
public class HospitalTenancy implements TenantIdProvider {

    /** The variable every contract-bound process is started with. */
    public static final String CONTRACT_CODE = "contractCode";
    /** The vendor's own tenant: processes that belong to no hospital (yet). */
    public static final String DESK = "desk";

    private final HospitalTenants hospitals;

    HospitalTenancy(HospitalTenants hospitals) {
        this.hospitals = hospitals;
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        Object code = ctx.getVariables().get(CONTRACT_CODE);
        if (code == null) {
            return DESK;
        }
        return hospitals.hospitalOfContract(code.toString()).orElse(DESK);
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return DESK;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        return ctx.getExecution() == null ? DESK : ctx.getExecution().getTenantId();
    }
}
