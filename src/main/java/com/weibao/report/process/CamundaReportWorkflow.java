package com.weibao.report.process;

import com.weibao.platform.security.Roles;
import com.weibao.report.ReportDocument;
import com.weibao.report.ReportPeriod;
import com.weibao.report.ReportWorkflow;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Starts ContractReportProcess in the hospital's tenant (from the contract code), business key contract/period (a
 * period report) or contract/period/assessment (the maintenance assessment).
 */
@Component
class CamundaReportWorkflow implements ReportWorkflow {

    private final RuntimeService runtime;

    CamundaReportWorkflow(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public String start(String contractCode, String hospitalCode, ReportPeriod period, ReportDocument document) {
        return runtime.createProcessInstanceByKey(ReportProcess.KEY)
                .businessKey(contractCode + "/" + period.name()
                        + (document == ReportDocument.REPORT ? "" : "/" + document.file()))
                .setVariables(Variables.createVariables()
                        .putValue(ReportProcess.CONTRACT_CODE, contractCode)
                        .putValue(ReportProcess.PERIOD, period.name())
                        .putValue(ReportProcess.HOSPITAL_IT_GROUP, Roles.hospitalItGroup(hospitalCode)))
                .execute().getId();
    }
}
