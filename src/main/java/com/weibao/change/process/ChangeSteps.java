package com.weibao.change.process;

import static com.weibao.change.process.ChangeVariables.decision;
import static com.weibao.change.process.ChangeVariables.flag;
import static com.weibao.change.process.ChangeVariables.instant;
import static com.weibao.change.process.ChangeVariables.text;

import com.weibao.change.ChangeService;
import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.contract.CoveredSystem;
import com.weibao.platform.engine.EngineCallers;
import com.weibao.platform.engine.JsonVariables;
import com.weibao.platform.identity.PeopleNames;
import com.weibao.platform.web.InvalidRequestException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of ChangeProcess, each thin: map the form's fields in, call one use case of {@link ChangeService}, set
 * the variable the next gateway routes on. A refused input (a window inside opening hours without a reason, a
 * refusal without remarks) throws and the task stays open with the message.
 */
@Configuration
class ChangeSteps {

    /** The fields each task's form fills in, local to the task so they vanish with it. */
    private static final Map<String, List<String>> FIELDS = Map.of(
            ChangeProcess.REVIEW, List.of(ChangeVariables.REVIEW_DECISION, ChangeVariables.REVIEW_REMARKS),
            ChangeProcess.APPROVE, List.of(ChangeVariables.APPROVAL_DECISION, ChangeVariables.APPROVAL_REMARKS),
            ChangeProcess.APPROVE_AFTER, List.of(ChangeVariables.APPROVAL_DECISION, ChangeVariables.APPROVAL_REMARKS),
            ChangeProcess.REVISE, List.of(ChangeVariables.IMPLEMENTATION_PLAN, ChangeVariables.ROLLBACK_PLAN,
                    ChangeVariables.VERIFICATION_PLAN, ChangeVariables.REVISION_NOTE),
            ChangeProcess.SCHEDULE, List.of(ChangeVariables.WINDOW_START_FIELD, ChangeVariables.WINDOW_END_FIELD,
                    ChangeVariables.OUTAGE_REASON),
            ChangeProcess.IMPLEMENT, List.of(ChangeVariables.STEPS, ChangeVariables.OUTCOME),
            ChangeProcess.VERIFY, List.of(ChangeVariables.VERIFICATION_DECISION, ChangeVariables.VERIFICATION_REMARKS),
            ChangeProcess.ROLL_BACK, List.of(ChangeVariables.ROLLBACK_STEPS, ChangeVariables.AFTER_ROLLBACK,
                    ChangeVariables.IMPLEMENTATION_PLAN, ChangeVariables.REVISION_NOTE));

    /** Start of the process: the change stored just before it (business key = its reference) is bound to it. */
    @Bean("changeProcessStarted")
    ExecutionListener processStarted(ChangeService changes) {
        return execution -> changes.bindProcess(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
    }

    /** Create listener of every task: the change as a read-only view, and the task's own form fields. */
    @Bean("changeForm")
    TaskListener changeForm(ChangeService changes, ContractService contracts, JsonVariables json, PeopleNames people) {
        return task -> {
            long id = id(changes, task);
            com.weibao.change.Change change = changes.get(id);
            Optional<Contract> contract = contracts.find(change.getContractCode());
            task.setVariableLocal(ChangeVariables.VIEW, json.of(ChangeFormView.of(change,
                    contract.map(c -> c.getHospital().getName()).orElse(change.getHospitalCode()),
                    contract.map(Contract::getName).orElse(change.getContractCode()),
                    contract.flatMap(c -> c.findSystem(change.getSystemCode())).map(CoveredSystem::getName)
                            .orElse(change.getSystemCode()), people::nameOf)));
            for (String field : FIELDS.getOrDefault(task.getTaskDefinitionKey(), List.of())) {
                task.setVariableLocal(field, null);
            }
            if (ChangeProcess.SCHEDULE.equals(task.getTaskDefinitionKey())) {
                task.setVariableLocal(ChangeVariables.TAKES_SERVICE_DOWN, changes.get(id).isTakesServiceDown());
            }
        };
    }

    /** Task_ReviewChange: the vendor passes the plans on to the hospital or returns them. */
    @Bean("changeReviewed")
    TaskListener reviewed(ChangeService changes, EngineCallers callers) {
        return task -> {
            boolean passed = decision(task, ChangeVariables.REVIEW_DECISION, "PASS", "RETURN");
            changes.review(id(changes, task), passed, text(task, ChangeVariables.REVIEW_REMARKS),
                    callers.caller(task, ChangeProcess.SYSTEM_ACTOR));
            task.setVariable(ChangeVariables.REVIEW_PASSED, passed);
        };
    }

    /** Task_ApproveChange and Task_ApproveEmergencyChange: the hospital's IT department decides, with remarks. */
    @Bean("changeApproved")
    TaskListener approved(ChangeService changes, EngineCallers callers) {
        return task -> {
            boolean approved = decision(task, ChangeVariables.APPROVAL_DECISION, "APPROVED", "REFUSED");
            changes.approve(id(changes, task), approved, text(task, ChangeVariables.APPROVAL_REMARKS),
                    callers.caller(task, ChangeProcess.SYSTEM_ACTOR));
            task.setVariable(ChangeVariables.APPROVED, approved);
        };
    }

    /** Task_ReviseChange: the revised plans are resubmitted. */
    @Bean("changeRevised")
    TaskListener revised(ChangeService changes, EngineCallers callers) {
        return task -> changes.revise(id(changes, task), text(task, ChangeVariables.IMPLEMENTATION_PLAN),
                text(task, ChangeVariables.ROLLBACK_PLAN), text(task, ChangeVariables.VERIFICATION_PLAN),
                text(task, ChangeVariables.REVISION_NOTE), callers.caller(task, ChangeProcess.SYSTEM_ACTOR));
    }

    /** Task_ScheduleChange: the hospital's window; the timers wait for it. */
    @Bean("changeScheduled")
    TaskListener scheduled(ChangeService changes, EngineCallers callers) {
        return task -> {
            Instant start = instant(task, ChangeVariables.WINDOW_START_FIELD);
            Instant remindAt = changes.schedule(id(changes, task), start,
                    instant(task, ChangeVariables.WINDOW_END_FIELD), flag(task, ChangeVariables.TAKES_SERVICE_DOWN),
                    text(task, ChangeVariables.OUTAGE_REASON), callers.caller(task, ChangeProcess.SYSTEM_ACTOR));
            task.getExecution().setVariable(ChangeVariables.WINDOW_START, Date.from(start));
            task.getExecution().setVariable(ChangeVariables.REMIND_AT, Date.from(remindAt));
        };
    }

    /** Start of Task_ImplementChange: the window has come (or an emergency change starts at once). */
    @Bean("changeImplementationStarted")
    ExecutionListener implementationStarted(ChangeService changes) {
        return execution -> changes.startImplementation(id(changes, execution));
    }

    /** Task_ImplementChange: the engineer's steps and the outcome. */
    @Bean("implementationRecorded")
    TaskListener implementationRecorded(ChangeService changes, EngineCallers callers) {
        return task -> {
            boolean succeeded = decision(task, ChangeVariables.OUTCOME, "SUCCESS", "FAILED");
            changes.recordImplementation(id(changes, task), text(task, ChangeVariables.STEPS), succeeded,
                    callers.caller(task, ChangeProcess.SYSTEM_ACTOR));
            task.setVariable(ChangeVariables.SUCCEEDED, succeeded);
        };
    }

    /** Task_VerifyChange: the hospital's verification (验收). */
    @Bean("changeVerified")
    TaskListener verified(ChangeService changes, EngineCallers callers) {
        return task -> {
            boolean accepted = decision(task, ChangeVariables.VERIFICATION_DECISION, "ACCEPTED", "REFUSED");
            changes.verify(id(changes, task), accepted, text(task, ChangeVariables.VERIFICATION_REMARKS),
                    callers.caller(task, ChangeProcess.SYSTEM_ACTOR));
            task.setVariable(ChangeVariables.VERIFIED, accepted);
        };
    }

    /** Task_RollBackChange: the rollback as executed, then back to planning or abandoned. */
    @Bean("rollbackRecorded")
    TaskListener rollbackRecorded(ChangeService changes, EngineCallers callers) {
        return task -> {
            boolean replan = decision(task, ChangeVariables.AFTER_ROLLBACK, "REPLAN", "ABANDON");
            changes.recordRollback(id(changes, task), text(task, ChangeVariables.ROLLBACK_STEPS), replan,
                    text(task, ChangeVariables.IMPLEMENTATION_PLAN), text(task, ChangeVariables.REVISION_NOTE),
                    callers.caller(task, ChangeProcess.SYSTEM_ACTOR));
            task.setVariable(ChangeVariables.REPLAN, replan);
        };
    }

    /** Task_RemindImplementation: before the window. */
    @Bean("remindChange")
    JavaDelegate remind(ChangeService changes) {
        return execution -> changes.remind(id(changes, execution));
    }

    /** Task_RecordVersion: the covered system's version history gets the target version. */
    @Bean("recordChangeVersion")
    JavaDelegate recordVersion(ChangeService changes) {
        return execution -> changes.complete(id(changes, execution));
    }

    /** Task_AbandonChange. */
    @Bean("abandonChange")
    JavaDelegate abandon(ChangeService changes) {
        return execution -> changes.abandon(id(changes, execution));
    }

    /** The change of the process this task runs in (issue 13: never by a variable). */
    private static long id(ChangeService changes, DelegateTask task) {
        return changes.idOfProcess(task.getProcessInstanceId());
    }

    /** The change of the process this step runs in (issue 13: never by a variable). */
    private static long id(ChangeService changes, DelegateExecution execution) {
        return changes.idOfProcess(execution.getProcessInstanceId());
    }
}
