package com.weibao.cases.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fault-level proposal, rule by rule, with the contract-specific definitions from the seeds. */
@Deployment(resources = "FaultLevelDecision.dmn")
class FaultLevelDecisionTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .useProcessEngine(ProcessTestEngine.get()).build();

    @ParameterizedTest(name = "{0} {1} {2} reported {3} -> {4}")
    @CsvSource(nullValues = "-", value = {
            // contract,               category,       impact,             reported, proposed
            "e-invoice,                FAULT,          SYSTEM_DOWN,        -,  P1",
            "e-invoice,                FAULT,          PAYMENT_DOWN,       -,  P2",
            "fuscc-internet-hospital,  FAULT,          PAYMENT_DOWN,       -,  P1",
            "fuscc-internet-hospital,  FAULT,          PARTIAL_OUTAGE,     -,  P2",
            "zhanjiang-5g-emergency,   FAULT,          PARTIAL_OUTAGE,     -,  P1",
            "queue-call,               FAULT,          PARTIAL_OUTAGE,     -,  P2",
            "queue-call,               FAULT,          FUNCTION_IMPAIRED,  -,  P3",
            "nanshan-report,           FAULT,          NO_BUSINESS_IMPACT, -,  P4",
            "nanshan-report,           FAULT,          -,                  -,  P3",
            "e-invoice,                CONSULTATION,   FUNCTION_IMPAIRED,  -,  P3",
            "e-invoice,                CONSULTATION,   NO_BUSINESS_IMPACT, -,  P4",
            "e-invoice,                CONSULTATION,   -,                  -,  P4",
            "zhanjiang-5g-emergency,   CHANGE_REQUEST, SYSTEM_DOWN,        -,  P4",
            "queue-call,               COMPLAINT,      NO_BUSINESS_IMPACT, -,  P3",
            "queue-call,               FAULT,          NO_BUSINESS_IMPACT, P1, P1",
            "e-invoice,                CHANGE_REQUEST, -,                  P2, P2",
    })
    void proposesTheLevel(String contract, String category, String impact, String reported, String expected) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("contractCode", contract);
        facts.put("category", category);
        facts.put("impact", impact);
        facts.put("reportedPriority", reported);

        String proposed = engine.getDecisionService()
                .evaluateDecisionTableByKey(CaseProcess.FAULT_LEVEL_DECISION, facts)
                .getSingleEntry();

        assertThat(proposed).isEqualTo(expected);
    }
}
