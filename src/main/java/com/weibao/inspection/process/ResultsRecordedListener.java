package com.weibao.inspection.process;

import com.weibao.inspection.ChecklistFormSchema;
import com.weibao.inspection.Inspection;
import com.weibao.inspection.InspectionFormView;
import com.weibao.inspection.InspectionResult;
import com.weibao.inspection.InspectionService;
import com.weibao.inspection.ItemEntry;
import com.weibao.inspection.ItemOutcome;
import com.weibao.platform.engine.EngineCallers;
import com.weibao.platform.web.FieldViolation;
import com.weibao.platform.web.InvalidRequestException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of Task_PerformInspection and Task_ReviseInspection: the checklist's answers go into the
 * inspection, where each value is checked against its item's threshold. Input that does not fit is refused
 * naming the item, and nothing is lost: the task stays open. The answers were local to the task and go with
 * it; the process keeps only the number of new findings, which routes it.
 */
@Component("resultsRecorded")
class ResultsRecordedListener implements TaskListener {

    private final InspectionService inspections;

    ResultsRecordedListener(InspectionService inspections) {
        this.inspections = inspections;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = inspections.idOfProcess(task.getProcessInstanceId());
        Inspection inspection = inspections.get(id);
        List<ItemEntry> entries = entries(inspection, task);
        int newFindings = inspections.recordResults(id, entries,
                InspectionVariables.text(task, InspectionVariables.PARTICIPANTS), InspectionVariables.text(task, InspectionVariables.SUGGESTIONS),
                EngineCallers.actor(task, InspectionProcess.SYSTEM_ACTOR));
        for (String formOnly : InspectionFormView.answers(inspection).keySet()) {
            task.removeVariable(formOnly);
        }
        task.removeVariable(InspectionVariables.VIEW);
        task.getExecution().setVariable(InspectionVariables.NEW_FINDINGS, newFindings);
    }

    /** The answers per item; a value may come as a number or as text ("93.5"), a verdict as PASS or FAIL. */
    static List<ItemEntry> entries(Inspection inspection, DelegateTask task) {
        List<FieldViolation> violations = new ArrayList<>();
        List<ItemEntry> entries = new ArrayList<>();
        for (InspectionResult result : inspection.getResults()) {
            String code = result.getItemCode();
            ItemOutcome outcome = null;
            String outcomeText = InspectionVariables.text(task, ChecklistFormSchema.outcomeKey(code));
            if (outcomeText != null) {
                try {
                    outcome = ItemOutcome.valueOf(outcomeText.strip());
                } catch (IllegalArgumentException e) {
                    violations.add(new FieldViolation(ChecklistFormSchema.outcomeKey(code), code + " "
                            + result.getItemName() + ": '" + outcomeText + "' is not PASS or FAIL"));
                }
            }
            BigDecimal value = null;
            Object raw = task.getVariable(ChecklistFormSchema.valueKey(code));
            if (raw instanceof Number || raw instanceof String s && !s.isBlank()) {
                try {
                    value = new BigDecimal(raw.toString().strip());
                } catch (NumberFormatException e) {
                    violations.add(new FieldViolation(ChecklistFormSchema.valueKey(code), code + " "
                            + result.getItemName() + ": '" + raw + "' is not a number"));
                }
            } else if (raw != null && !(raw instanceof String)) {
                violations.add(new FieldViolation(ChecklistFormSchema.valueKey(code), code + " "
                        + result.getItemName() + ": '" + raw + "' is not a number"));
            }
            entries.add(new ItemEntry(code, outcome, value, InspectionVariables.text(task, ChecklistFormSchema.noteKey(code))));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return entries;
    }
}
