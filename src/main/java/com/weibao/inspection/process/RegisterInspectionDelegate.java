package com.weibao.inspection.process;

import com.weibao.inspection.Deadlines;
import com.weibao.inspection.Inspection;
import com.weibao.inspection.InspectionRequest;
import com.weibao.inspection.InspectionService;
import com.weibao.inspection.InspectionTrigger;
import com.weibao.platform.engine.EngineCallers;
import com.weibao.platform.security.Caller;
import com.weibao.platform.security.CallerDirectory;
import com.weibao.platform.web.InvalidRequestException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterInspection: turns the request into an inspection with its checklist; the process keeps its id,
 * reference and the due dates its timers wait for. A person starting it in Tasklist is checked for the right to.
 */
@Component("registerInspection")
class RegisterInspectionDelegate implements JavaDelegate {

    private final InspectionService inspections;
    private final CallerDirectory callers;

    RegisterInspectionDelegate(InspectionService inspections, CallerDirectory callers) {
        this.inspections = inspections;
        this.callers = callers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String user = EngineCallers.engineUser(execution);
        Optional<Caller> starter = Optional.ofNullable(user).map(callers::caller);
        String requestedBy = user != null ? user : Optional.ofNullable(
                InspectionVariables.text(execution, InspectionVariables.REQUESTED_BY)).orElse(InspectionProcess.SYSTEM_ACTOR);
        InspectionRequest request = new InspectionRequest(InspectionVariables.text(execution, InspectionVariables.CONTRACT_CODE),
                InspectionVariables.text(execution, InspectionVariables.PLAN_CODE),
                starter.isPresent() ? InspectionTrigger.ON_DEMAND : trigger(execution),
                starter.isPresent() ? null : slotDate(execution),
                InspectionVariables.text(execution, InspectionVariables.REASON), requestedBy);
        Inspection inspection = inspections.register(request, execution.getProcessInstanceId(), starter);
        Deadlines deadlines = inspections.deadlines(inspection.getId());
        execution.removeVariables(InspectionVariables.REQUEST_ONLY);
        execution.setVariable(InspectionVariables.INSPECTION_ID, inspection.getId());
        execution.setVariable(InspectionVariables.INSPECTION_REF, inspection.getReference());
        execution.setVariable(InspectionVariables.REMIND_AT, Date.from(deadlines.remindAt()));
        execution.setVariable(InspectionVariables.DUE_AT, Date.from(deadlines.dueAt()));
        execution.setVariable(InspectionVariables.ESCALATE_AT, Date.from(deadlines.escalateAt()));
        execution.setProcessBusinessKey(inspection.getReference());
    }

    private static InspectionTrigger trigger(DelegateExecution execution) {
        String trigger = InspectionVariables.text(execution, InspectionVariables.TRIGGER);
        return trigger == null ? InspectionTrigger.ON_DEMAND : InspectionTrigger.valueOf(trigger);
    }

    private static LocalDate slotDate(DelegateExecution execution) {
        String date = InspectionVariables.text(execution, InspectionVariables.SLOT_DATE);
        try {
            return date == null ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.of(InspectionVariables.SLOT_DATE, "'" + date + "' is not a date");
        }
    }
}
