package com.weibao.cases.process;

import com.weibao.cases.SupportCaseService;
import com.weibao.cases.FaultType;
import com.weibao.cases.Impact;
import com.weibao.contract.Category;
import com.weibao.contract.Priority;
import com.weibao.platform.engine.EngineCallers;
import com.weibao.platform.web.InvalidRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of Task_TriageCase: confirms system, category and level, or cancels a duplicate. A case that
 * came in without a contract (mail from an unknown sender) gets the contract the agent chose first, and is then
 * handed over to its hospital's tenant.
 */
@Component("triageCompleted")
class TriageCompletedListener implements TaskListener {

    private final SupportCaseService cases;

    TriageCompletedListener(SupportCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        long caseId = cases.idOfProcess(task.getProcessInstanceId());
        String systemCode = form.take("systemCode");
        FaultType assessedFaultType = form.takeEnum("faultType", FaultType.class);
        String note = form.take("triageNote");
        String duplicateOf = form.take("duplicateOf");
        String cancelReason = form.take("cancelReason");
        String contractCode = form.take(CaseVariables.TRIAGE_CONTRACT);
        Decisions.Triage decision = form.enumValue(CaseVariables.TRIAGE_DECISION, Decisions.Triage.class);
        if (decision == null) {
            throw InvalidRequestException.of(CaseVariables.TRIAGE_DECISION, "accept the case or cancel it as duplicate");
        }
        String actor = EngineCallers.actor(task, CaseProcess.SYSTEM_ACTOR);
        boolean assigned = decision == Decisions.Triage.ACCEPT && contractCode != null;
        if (assigned) {
            cases.assignContract(caseId, contractCode, actor);
            task.getExecution().setVariable(CaseVariables.CONTRACT_CODE, contractCode);
        }
        task.getExecution().setVariable(CaseVariables.HAND_OVER, assigned);
        switch (decision) {
            case ACCEPT -> cases.triage(caseId, systemCode, form.enumValue(CaseVariables.CATEGORY, Category.class),
                    form.enumValue(CaseVariables.IMPACT, Impact.class),
                    form.enumValue(CaseVariables.PRIORITY, Priority.class), assessedFaultType, note, actor);
            case DUPLICATE -> cases.cancelAsDuplicate(caseId, duplicateOf, cancelReason, actor);
        }
    }
}
