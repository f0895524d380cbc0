package com.weibao.cases.process;

import com.weibao.platform.engine.HospitalTenancy;
import com.weibao.platform.engine.ParsedOnceFeelPlugin;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * A plain in-memory engine for process tests: beans come from Mocks, tenants from a contract-to-hospital map (else
 * the desk's tenant, as in the application), decisions evaluated by the FEEL engine the application uses.
 */
public final class ProcessTestEngine {

    public static final Map<String, String> HOSPITAL_OF_CONTRACT = Map.of(
            "e-invoice", "renmin", "fuscc-internet-hospital", "fuscc", "queue-call", "zhongyi",
            "zhanjiang-5g-emergency", "zhanjiang", "nanshan-report", "nanshan");

    private static ProcessEngine engine;

    private ProcessTestEngine() {
    }

    public static synchronized ProcessEngine get() {
        if (engine == null) {
            StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
            configuration.setJdbcUrl("jdbc:h2:mem:process-tests;DB_CLOSE_DELAY=-1");
            configuration.setExpressionManager(new MockExpressionManager());
            configuration.setJobExecutorActivate(false);
            configuration.setHistory("full");
            configuration.setTenantIdProvider(new ContractTenants());
            configuration.setProcessEngineName("process-tests");
            configuration.getProcessEnginePlugins().add(new ParsedOnceFeelPlugin());
            engine = configuration.buildProcessEngine();
        }
        return engine;
    }

    private static final class ContractTenants implements TenantIdProvider {
        @Override
        public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
            Object contract = ctx.getVariables().get("contractCode");
            return contract == null ? HospitalTenancy.DESK
                    : HOSPITAL_OF_CONTRACT.getOrDefault(contract.toString(), HospitalTenancy.DESK);
        }

        @Override
        public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
            return HospitalTenancy.DESK;
        }

        @Override
        public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
            return ctx.getExecution() == null ? HospitalTenancy.DESK : ctx.getExecution().getTenantId();
        }
    }
}
