package com.weibao.cases.process;

import com.weibao.cases.CaseDeadlines;
import com.weibao.cases.CaseFormView;
import com.weibao.cases.SlaTargetStatus;
import com.weibao.cases.SlaTargetView;
import com.weibao.cases.SupportCase;
import com.weibao.cases.SupportCaseService;
import com.weibao.contract.ContractService;
import com.weibao.platform.DisplayTimes;
import com.weibao.platform.engine.JsonVariables;
import com.weibao.platform.identity.PeopleNames;
import com.weibao.platform.security.Caller;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of every case task: gives the form a read-only view of the case and its service-level targets,
 * local to the task, and the task the case's earliest open deadline as its due date; 填写解决方案 starts with the
 * fault type assessed at triage, 处理工单 with no next step chosen.
 */
@Component("caseView")
class CaseViewListener implements TaskListener {

    private static final String FAULT_TYPE = "faultType";

    private final SupportCaseService cases;
    private final CaseDeadlines sla;
    private final JsonVariables json;
    private final ContractService contracts;
    private final PeopleNames people;

    CaseViewListener(SupportCaseService cases, CaseDeadlines sla, JsonVariables json, ContractService contracts,
                     PeopleNames people) {
        this.cases = cases;
        this.sla = sla;
        this.json = json;
        this.contracts = contracts;
        this.people = people;
    }

    @Override
    public void notify(DelegateTask task) {
        long caseId = cases.idOfProcess(task.getProcessInstanceId());
        SupportCase supportCase = cases.get(caseId);
        Map<String, Object> view = CaseFormView.of(supportCase,
                supportCase.getContract() == null ? contracts.visibleContracts(Caller.system("triage")) : List.of(),
                people::nameOf);
        List<SlaTargetView> targets = sla.targetsOf(caseId);
        view.put("slaTargets", targets.stream().map(t -> Map.of(
                "kind", t.kind().label(),
                "description", t.description(),
                "dueAt", t.dueAt() == null ? "暂停计时" : DisplayTimes.format(t.dueAt()),
                "status", t.status().label())).toList());
        task.setVariableLocal(CaseVariables.CASE_VIEW, json.of(view));
        earliestOpenDeadline(targets).ifPresent(due -> task.setDueDate(Date.from(due)));
        if (CaseProcess.SUPPORT_CASE.equals(task.getTaskDefinitionKey())) {
            // the previous round's choice has routed the case (e.g. 申请远程接入, now decided); a new round starts
            // with none chosen, not with a choice whose required fields were taken away
            task.getExecution().removeVariable(CaseVariables.SUPPORT_OUTCOME);
        }
        if (CaseProcess.RESOLVE_CASE.equals(task.getTaskDefinitionKey()) && supportCase.getFaultType() != null
                && task.getExecution().getVariable(FAULT_TYPE) == null) {
            // the fault type assessed at triage, as the resolution form's preselected answer; the form's completion
            // reads and removes it (ResolutionCompletedListener), so it is no copy of the case's
            task.getExecution().setVariable(FAULT_TYPE, supportCase.getFaultType().name());
        }
    }

    /** Tasklist sorts and colours tasks by due date: the case's most pressing deadline still to be met. */
    static Optional<Instant> earliestOpenDeadline(List<SlaTargetView> targets) {
        return targets.stream()
                .filter(t -> t.status() == SlaTargetStatus.RUNNING || t.status() == SlaTargetStatus.BREACHED)
                .map(SlaTargetView::dueAt).filter(Objects::nonNull).min(Comparator.naturalOrder());
    }
}
