package com.weibao.report.process;

import com.weibao.report.ContractReports;
import com.weibao.report.ReportPeriod;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** ContractReportProcess's service tasks: each maps variables in, calls one use case of {@link ContractReports}. */
@Configuration
class ReportDelegates {

    /** Task_DraftReport: the stored draft of the contract and period (created when missing), its download links. */
    @Bean("draftContractReport")
    JavaDelegate draft(ContractReports reports) {
        return execution -> {
            String contract = (String) execution.getVariable(ReportProcess.CONTRACT_CODE);
            ReportPeriod period = ReportPeriod.parse((String) execution.getVariable(ReportProcess.PERIOD));
            long id = reports.draft(contract, period.name(), execution.getProcessInstanceId());
            String href = "/api/reports/" + contract + "/" + period.name();
            execution.setVariable(ReportProcess.REPORT_ID, id);
            execution.setVariable(ReportProcess.REPORT_TITLE, period.label() + period.kind().label());
            execution.setVariable(ReportProcess.REPORT_DOCX, href + "/report.docx");
            execution.setVariable(ReportProcess.REPORT_XLSX, href + "/report.xlsx");
        };
    }

    /** Task_ReleaseReport: released with the service manager's summary and improvement measures. */
    @Bean("releaseContractReport")
    JavaDelegate release(ContractReports reports) {
        return execution -> reports.release(id(execution), (String) execution.getVariable(ReportProcess.SUMMARY),
                (String) execution.getVariable(ReportProcess.IMPROVEMENTS), user(execution, ReportProcess.RELEASED_BY));
    }

    /** Task_RecordReturn: the hospital's remarks kept; the manager revises. */
    @Bean("returnContractReport")
    JavaDelegate returned(ContractReports reports) {
        return execution -> reports.returnWithRemarks(id(execution),
                (String) execution.getVariable(ReportProcess.REMARKS), user(execution, ReportProcess.DECIDED_BY));
    }

    /** Task_ArchiveReport: acknowledged (签收); the documents are archived and the report no longer changes. */
    @Bean("archiveContractReport")
    JavaDelegate archive(ContractReports reports) {
        return execution -> reports.acknowledge(id(execution), user(execution, ReportProcess.DECIDED_BY));
    }

    private static long id(DelegateExecution execution) {
        return ((Number) execution.getVariable(ReportProcess.REPORT_ID)).longValue();
    }

    private static String user(DelegateExecution execution, String variable) {
        Object user = execution.getVariable(variable);
        return user == null ? "system" : user.toString();
    }
}
