package com.weibao.quality.process;

import com.weibao.platform.engine.EngineCallers;
import com.weibao.platform.engine.JsonVariables;
import com.weibao.platform.web.InvalidRequestException;
import com.weibao.quality.ComplaintService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Listener of 调查处理投诉. create: the read-only complaint card for the form. assignment (claim, assign) and
 * complete: refused (400, the reason in Chinese) for a user complained about. complete: the investigation and
 * outcome recorded by the complaint service; the form's fields are taken out of the process (the complaint table
 * holds them). The complaint is the one of the process instance the task runs in (never a variable).
 */
@Component("complaintTask")
class ComplaintTaskListener implements TaskListener {

    private final ComplaintService complaints;
    private final JsonVariables json;

    ComplaintTaskListener(ComplaintService complaints, JsonVariables json) {
        this.complaints = complaints;
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        long complaintId = complaints.idOfProcess(task.getProcessInstanceId());
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> task.setVariableLocal(ComplaintProcess.VIEW, json.of(complaints.card(complaintId)));
            case EVENTNAME_ASSIGNMENT -> {
                if (task.getAssignee() != null) {
                    refuseComplainedAbout(complaintId, task.getAssignee());
                }
            }
            case EVENTNAME_COMPLETE -> {
                String actor = EngineCallers.actor(task, ComplaintProcess.SYSTEM_ACTOR);
                refuseComplainedAbout(complaintId, actor);
                String substantiated = take(task, "substantiated");
                Boolean answer = substantiated == null ? null : switch (substantiated) {
                    case "YES" -> Boolean.TRUE;
                    case "NO" -> Boolean.FALSE;
                    default -> throw InvalidRequestException.of("substantiated", "“" + substantiated + "”不是 YES 或 NO");
                };
                complaints.answer(complaintId, take(task, "investigation"), answer, take(task, "measures"),
                        take(task, "complaintReply"), actor);
            }
            default -> {
            }
        }
    }

    private void refuseComplainedAbout(long complaintId, String userId) {
        try {
            complaints.checkMayHandle(complaintId, userId);
        } catch (ComplaintService.NotAllowedToHandle e) {
            // a refusal the engine's REST answers with 400 and the reason (Tasklist shows it), like a refused form
            throw InvalidRequestException.of("assignee", e.getMessage());
        }
    }

    private static String take(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        task.removeVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
