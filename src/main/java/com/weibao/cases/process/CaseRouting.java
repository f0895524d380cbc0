package com.weibao.cases.process;

import com.weibao.cases.SupportCaseService;
import com.weibao.platform.security.Roles;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Who works which case task; the BPMN asks through expressions like ${caseRouting.engineers(caseId)}. */
@Component("caseRouting")
public class CaseRouting {

    private final SupportCaseService cases;

    CaseRouting(SupportCaseService cases) {
        this.cases = cases;
    }

    /** The contract's engineer groups, and the team leads who may reassign. */
    public List<String> engineers(Long caseId) {
        List<String> groups = new ArrayList<>(cases.get(caseId).getContract().engineerGroupList());
        groups.add(Roles.LEADS);
        return groups;
    }

    /** The case's hospital IT department, which decides on remote access to its systems. */
    public String hospitalIt(Long caseId) {
        return Roles.hospitalItGroup(cases.get(caseId).hospitalCode());
    }

    /** Who confirms a resolution for the reporter: the hospital IT department, or an agent calling back. */
    public List<String> reporterSide(Long caseId) {
        return List.of(hospitalIt(caseId), Roles.AGENTS);
    }
}
