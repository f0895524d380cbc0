package com.weibao.change.process;

import static com.weibao.change.process.ChangeVariables.decision;
import static com.weibao.change.process.ChangeVariables.instant;
import static com.weibao.change.process.ChangeVariables.text;

import com.weibao.change.Release;
import com.weibao.change.ReleaseService;
import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.contract.CoveredSystem;
import com.weibao.platform.engine.EngineCallers;
import com.weibao.platform.engine.JsonVariables;
import com.weibao.platform.identity.PeopleNames;
import com.weibao.platform.security.Caller;
import com.weibao.platform.web.InvalidRequestException;
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
 * The steps of ReleaseProcess, each thin: map the form's fields in, call one use case of {@link ReleaseService}, set
 * the variable the next gateway routes on. Every step finds its release by the process instance it runs in.
 */
@Configuration
class ReleaseSteps {

    static final String APPROVER_GROUP = "approverGroup";
    static final String VIEW = "releaseView";
    // routing
    static final String PLAN_CONFIRMED = "planConfirmed";
    static final String RELEASE_ACCEPTED = "releaseAcceptedByHospital";
    // form fields (task-local)
    static final String ADD_CASES = "addCaseNumbers";
    static final String PLANNED_AT = "plannedAt";
    static final String NOTE = "releaseNote";
    static final String CONFIRMATION_DECISION = "confirmationDecision";
    static final String CONFIRMATION_REMARKS = "confirmationRemarks";
    static final String STEPS = "implementationSteps";
    static final String ACCEPTANCE_DECISION = "acceptanceDecision";
    static final String ACCEPTANCE_REMARKS = "acceptanceRemarks";

    private static final Map<String, List<String>> FIELDS = Map.of(
            ReleaseProcess.COMPILE, List.of(ADD_CASES, PLANNED_AT, NOTE),
            ReleaseProcess.CONFIRM, List.of(CONFIRMATION_DECISION, CONFIRMATION_REMARKS),
            ReleaseProcess.IMPLEMENT, List.of(STEPS),
            ReleaseProcess.ACCEPT, List.of(ACCEPTANCE_DECISION, ACCEPTANCE_REMARKS));

    /** Start of the process: the release stored just before it (business key = its reference) is bound to it. */
    @Bean("releaseProcessStarted")
    ExecutionListener processStarted(ReleaseService releases) {
        return execution -> releases.bindProcess(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
    }

    /** Create listener of every task: the release as a read-only view, and the task's own form fields. */
    @Bean("releaseForm")
    TaskListener releaseForm(ReleaseService releases, ContractService contracts, JsonVariables json,
                            PeopleNames people) {
        return task -> {
            Release release = releases.get(id(releases, task));
            Optional<Contract> contract = contracts.find(release.getContractCode());
            task.setVariableLocal(VIEW, json.of(ReleaseFormView.of(release,
                    contract.map(c -> c.getHospital().getName()).orElse(release.getHospitalCode()),
                    contract.map(Contract::getName).orElse(release.getContractCode()),
                    contract.flatMap(c -> c.findSystem(release.getSystemCode())).map(CoveredSystem::getName)
                            .orElse(release.getSystemCode()), people::nameOf)));
            for (String field : FIELDS.getOrDefault(task.getTaskDefinitionKey(), List.of())) {
                task.setVariableLocal(field, null);
            }
        };
    }

    /** Task_CompileReleaseList: cases named in the form join the list; the list and timetable go to the hospital. */
    @Bean("releaseListSent")
    TaskListener listSent(ReleaseService releases, EngineCallers callers) {
        return task -> {
            long id = id(releases, task);
            Caller caller = callers.caller(task, ReleaseProcess.SYSTEM_ACTOR);
            String numbers = text(task, ADD_CASES);
            if (numbers != null) {
                for (String number : numbers.split("[\\s,，;；]+")) {
                    if (!number.isBlank()) {
                        releases.addCase(id, number, caller);
                    }
                }
            }
            releases.send(id, instant(task, PLANNED_AT), text(task, NOTE), caller);
        };
    }

    /** Task_ConfirmReleasePlan: the hospital's IT department confirms the plan or sends it back with remarks. */
    @Bean("releasePlanDecided")
    TaskListener planDecided(ReleaseService releases, EngineCallers callers) {
        return task -> {
            boolean confirmed = decision(task, CONFIRMATION_DECISION, "CONFIRMED", "REFUSED");
            releases.confirm(id(releases, task), confirmed, text(task, CONFIRMATION_REMARKS),
                    callers.caller(task, ReleaseProcess.SYSTEM_ACTOR));
            task.setVariable(PLAN_CONFIRMED, confirmed);
        };
    }

    /** Task_ImplementRelease: the engineer's steps. */
    @Bean("releaseImplementationRecorded")
    TaskListener implementationRecorded(ReleaseService releases, EngineCallers callers) {
        return task -> releases.recordImplementation(id(releases, task), text(task, STEPS),
                callers.caller(task, ReleaseProcess.SYSTEM_ACTOR));
    }

    /** Task_AcceptRelease: the hospital's acceptance (验收). */
    @Bean("releaseAcceptanceDecided")
    TaskListener acceptanceDecided(ReleaseService releases, EngineCallers callers) {
        return task -> {
            boolean accepted = decision(task, ACCEPTANCE_DECISION, "ACCEPTED", "REFUSED");
            releases.accept(id(releases, task), accepted, text(task, ACCEPTANCE_REMARKS),
                    callers.caller(task, ReleaseProcess.SYSTEM_ACTOR));
            task.setVariable(RELEASE_ACCEPTED, accepted);
        };
    }

    /** Task_RecordReleaseVersion: the version enters the system's version history with the cases it fixed. */
    @Bean("recordReleaseVersion")
    JavaDelegate recordVersion(ReleaseService releases) {
        return execution -> releases.released(id(releases, execution));
    }

    private static long id(ReleaseService releases, DelegateTask task) {
        return releases.idOfProcess(task.getProcessInstanceId());
    }

    private static long id(ReleaseService releases, DelegateExecution execution) {
        return releases.idOfProcess(execution.getProcessInstanceId());
    }
}
