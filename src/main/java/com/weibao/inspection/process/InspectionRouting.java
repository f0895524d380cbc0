package com.weibao.inspection.process;

import com.weibao.inspection.Inspection;
import com.weibao.inspection.InspectionService;
import com.weibao.platform.security.Roles;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who works which inspection task, with which checklist; the BPMN asks through expressions like
 * ${inspectionRouting.engineers(execution.processInstanceId)}: the inspection is the one of the asking process
 * instance.
 */
@Component("inspectionRouting")
public class InspectionRouting {

    private final InspectionService inspections;

    InspectionRouting(InspectionService inspections) {
        this.inspections = inspections;
    }

    /** The contract's engineer groups, and the team leads who may take over. */
    public List<String> engineers(String processInstanceId) {
        List<String> groups = new ArrayList<>(inspection(processInstanceId).getContract().engineerGroupList());
        groups.add(Roles.LEADS);
        return groups;
    }

    /** The checklist form generated from the inspection's plan (Camunda Form key). */
    public String checklistForm(String processInstanceId) {
        return inspection(processInstanceId).getPlan().checklistFormKey();
    }

    /** The engineer who filled in the checklist, to revise it after a rejection. */
    public String performer(String processInstanceId) {
        return inspection(processInstanceId).getPerformedBy();
    }

    /** One sign-off task per department that signs this plan's reports: its group at the hospital. */
    public List<String> signOffGroups(String processInstanceId) {
        Inspection inspection = inspection(processInstanceId);
        return inspection.requiredDepartments().stream().map(d -> d.group(inspection.hospitalCode())).toList();
    }

    private Inspection inspection(String processInstanceId) {
        return inspections.get(inspections.idOfProcess(processInstanceId));
    }
}
