package com.weibao.inspection.process;

import com.weibao.inspection.InspectionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The inspection process's service tasks: each maps the inspection id in and calls one use case. Technical
 * failures surface as incidents (the tasks that leave the database's transaction boundary are asynchronous).
 */
@Configuration
class InspectionDelegates {

    /** Task_RaiseFollowUpCases: a follow-up case for each new finding. */
    @Bean("raiseFollowUps")
    JavaDelegate raiseFollowUps(InspectionService inspections) {
        return execution -> {
            inspections.raiseFollowUps(id(inspections, execution));
            execution.setVariable(InspectionVariables.NEW_FINDINGS, 0);
        };
    }

    /** Task_WriteReport: the next report version; a new sign-off round starts without rejections. */
    @Bean("writeInspectionReport")
    JavaDelegate writeReport(InspectionService inspections) {
        return execution -> {
            int version = inspections.writeReport(id(inspections, execution), InspectionProcess.SYSTEM_ACTOR);
            execution.setVariable(InspectionVariables.REPORT_VERSION, version);
            execution.setVariable(InspectionVariables.SIGN_OFF_REJECTED, false);
        };
    }

    /** Task_ArchiveInspection: into the record library with the signed report. */
    @Bean("archiveInspection")
    JavaDelegate archive(InspectionService inspections) {
        return execution -> inspections.archive(id(inspections, execution), InspectionProcess.SYSTEM_ACTOR);
    }

    /** Task_RemindEngineers: the due date is near. */
    @Bean("remindInspection")
    JavaDelegate remind(InspectionService inspections) {
        return execution -> inspections.remindDueSoon(id(inspections, execution));
    }

    /** Task_MarkInspectionOverdue: the due date passed; the team leads are told. */
    @Bean("inspectionOverdue")
    JavaDelegate overdue(InspectionService inspections) {
        return execution -> inspections.markOverdue(id(inspections, execution));
    }

    /** Task_EscalateToManagers: still not done some working days later; the service managers are told. */
    @Bean("escalateInspection")
    JavaDelegate escalate(InspectionService inspections) {
        return execution -> inspections.escalateOverdue(id(inspections, execution));
    }

    /** The inspection of the process instance the step runs in. */
    private static long id(InspectionService inspections, DelegateExecution execution) {
        return inspections.idOfProcess(execution.getProcessInstanceId());
    }
}
