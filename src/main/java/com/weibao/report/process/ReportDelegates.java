package com.weibao.report.process;

import com.weibao.report.ContractReports;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * ContractReportProcess's service tasks: each finds its report by the process instance it runs in, maps the form's
 * variables in and calls one use case of {@link ContractReports}.
 */
@Configuration
class ReportDelegates {

    /**
     * Task_DraftReport: the report (or assessment) drafted when the review started; its title (2026年11月月报,
     * 2026年度维保考核) and download links for the forms.
     */
    @Bean("draftContractReport")
    JavaDelegate draft(ContractReports reports) {
        return execution -> {
            ContractReports.StoredReport report = reports.stored(id(execution, reports));
            execution.setVariable(ReportProcess.REPORT_TITLE, report.title());
            execution.setVariable(ReportProcess.REPORT_DOCX, report.docx());
            execution.setVariable(ReportProcess.REPORT_XLSX, report.xlsx());
        };
    }

    /** Task_ReleaseReport: released with the service manager's summary and improvement measures. */
    @Bean("releaseContractReport")
    JavaDelegate release(ContractReports reports) {
        return execution -> reports.release(id(execution, reports),
                (String) execution.getVariable(ReportProcess.SUMMARY),
                (String) execution.getVariable(ReportProcess.IMPROVEMENTS), user(execution, ReportProcess.RELEASED_BY));
    }

    /** Task_RecordReturn: the hospital's remarks kept; the manager revises. */
    @Bean("returnContractReport")
    JavaDelegate returned(ContractReports reports) {
        return execution -> reports.returnWithRemarks(id(execution, reports),
                (String) execution.getVariable(ReportProcess.REMARKS), user(execution, ReportProcess.DECIDED_BY));
    }

    /** Task_ArchiveReport: acknowledged (签收); the documents are archived and the report no longer changes. */
    @Bean("archiveContractReport")
    JavaDelegate archive(ContractReports reports) {
        return execution -> reports.acknowledge(id(execution, reports), user(execution, ReportProcess.DECIDED_BY));
    }

    /** The report of the process instance the step runs in (never a variable: issue 13). */
    private static long id(DelegateExecution execution, ContractReports reports) {
        return reports.idOfProcess(execution.getProcessInstanceId());
    }

    private static String user(DelegateExecution execution, String variable) {
        Object user = execution.getVariable(variable);
        return user == null ? "system" : user.toString();
    }
}
