package com.weibao.cases.process;

import com.weibao.cases.SupportCaseService;
import com.weibao.platform.security.Roles;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who works which case task; the BPMN asks through expressions like
 * ${caseRouting.engineers(execution.processInstanceId)}: the case is the one of the asking process instance.
 */
@Component("caseRouting")
public class CaseRouting {

    private final SupportCaseService cases;

    CaseRouting(SupportCaseService cases) {
        this.cases = cases;
    }

    /** The contract's engineer groups, and the team leads who may reassign. */
    public List<String> engineers(String processInstanceId) {
        List<String> groups = new ArrayList<>(cases.get(cases.idOfProcess(processInstanceId)).getContract()
                .engineerGroupList());
        groups.add(Roles.LEADS);
        return groups;
    }

    /** The engineer the case was dispatched to (the case's assignee), who supports and resolves it. */
    public String assignee(String processInstanceId) {
        return cases.get(cases.idOfProcess(processInstanceId)).getAssignee();
    }

    /** The case's hospital IT department, which decides on remote access to its systems. */
    public String hospitalIt(String processInstanceId) {
        return Roles.hospitalItGroup(cases.get(cases.idOfProcess(processInstanceId)).hospitalCode());
    }

    /** Who confirms a resolution for the reporter: the hospital IT department, or an agent calling back. */
    public List<String> reporterSide(String processInstanceId) {
        return List.of(hospitalIt(processInstanceId), Roles.AGENTS);
    }
}
