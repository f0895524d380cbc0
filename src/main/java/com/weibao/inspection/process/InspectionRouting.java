package com.weibao.inspection.process;

import com.weibao.inspection.Department;
import com.weibao.inspection.Inspection;
import com.weibao.inspection.InspectionService;
import com.weibao.platform.security.Roles;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Who works which inspection task; the BPMN asks through expressions like ${inspectionRouting.engineers(id)}. */
@Component("inspectionRouting")
public class InspectionRouting {

    private final InspectionService inspections;

    InspectionRouting(InspectionService inspections) {
        this.inspections = inspections;
    }

    /** The contract's engineer groups, and the team leads who may take over. */
    public List<String> engineers(Long inspectionId) {
        List<String> groups = new ArrayList<>(inspections.get(inspectionId).getContract().engineerGroupList());
        groups.add(Roles.LEADS);
        return groups;
    }

    /** The checklist form generated from the inspection's plan (Camunda Form key). */
    public String checklistForm(Long inspectionId) {
        return inspections.get(inspectionId).getPlan().checklistFormKey();
    }

    /** The engineer who filled in the checklist, to revise it after a rejection. */
    public String performer(Long inspectionId) {
        return inspections.get(inspectionId).getPerformedBy();
    }

    /** One sign-off task per department that signs this plan's reports: its group at the hospital. */
    public List<String> signOffGroups(Long inspectionId) {
        Inspection inspection = inspections.get(inspectionId);
        return inspection.requiredDepartments().stream().map(d -> d.group(inspection.hospitalCode())).toList();
    }

    /** The department a sign-off group stands for, in Chinese. */
    public String department(Long inspectionId, String group) {
        Inspection inspection = inspections.get(inspectionId);
        return Department.ofGroup(group, inspection.hospitalCode()).map(Department::label).orElse(group);
    }
}
