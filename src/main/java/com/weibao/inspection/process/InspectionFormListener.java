package com.weibao.inspection.process;

import com.weibao.inspection.Department;
import com.weibao.inspection.Inspection;
import com.weibao.inspection.InspectionFormView;
import com.weibao.inspection.InspectionQueries;
import com.weibao.inspection.InspectionService;
import com.weibao.platform.engine.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener of the inspection's tasks: a read-only view for the form and, local to the task, the fields
 * the form fills in (the checklist answers, or the sign-off decision), so what is submitted stays with the task and
 * vanishes with it once the complete listener has written it into the inspection.
 */
@Component("inspectionForm")
class InspectionFormListener implements TaskListener {

    private final InspectionService inspections;
    private final InspectionQueries queries;
    private final JsonVariables json;

    InspectionFormListener(InspectionService inspections, InspectionQueries queries, JsonVariables json) {
        this.inspections = inspections;
        this.queries = queries;
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = inspections.idOfProcess(task.getProcessInstanceId());
        Inspection inspection = inspections.get(id);
        Object group = task.getVariable(InspectionVariables.SIGN_OFF_GROUP);
        boolean signOff = InspectionProcess.SIGN_OFF.equals(task.getTaskDefinitionKey());
        Department department = signOff && group != null
                ? Department.ofGroup(group.toString(), inspection.hospitalCode()).orElse(null) : null;
        String reportHref = queries.latestReportHref(id).orElse(null);
        task.setVariableLocal(InspectionVariables.VIEW, json.of(InspectionFormView.of(inspection, department,
                reportHref, item -> inspections.filesOfItem(id, item))));
        if (signOff) {
            task.setVariableLocal(InspectionVariables.SIGN_OFF_DECISION, null);
            task.setVariableLocal(InspectionVariables.SIGN_OFF_REASON, null);
        } else {
            InspectionFormView.answers(inspection).forEach(task::setVariableLocal);
        }
    }
}
