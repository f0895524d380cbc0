package com.weibao.quality.process;

import com.weibao.quality.ComplaintService;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who the complaint task is for, as the BPMN's candidate expressions ask: the service managers' group, or, when a
 * manager is complained about, the other managers by name (the team leads when none is left). The complaint is the
 * one of the process instance (never a variable).
 */
@Component("complaintRouting")
public class ComplaintRouting {

    private final ComplaintService complaints;

    ComplaintRouting(ComplaintService complaints) {
        this.complaints = complaints;
    }

    public List<String> groups(String processInstanceId) {
        return complaints.handlers(complaints.idOfProcess(processInstanceId)).groups();
    }

    public List<String> users(String processInstanceId) {
        return complaints.handlers(complaints.idOfProcess(processInstanceId)).users();
    }
}
