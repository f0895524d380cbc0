package com.weibao.quality.process;

import com.weibao.cases.Satisfaction;
import com.weibao.platform.engine.EngineCallers;
import com.weibao.platform.engine.JsonVariables;
import com.weibao.platform.web.InvalidRequestException;
import com.weibao.quality.CallOutcome;
import com.weibao.quality.CallbackRoute;
import com.weibao.quality.FollowUpAction;
import com.weibao.quality.QualityService;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Listener of the callback process's user tasks. create: the read-only case card for the form. assignment (claim,
 * assign) of the 回访 task: refused (400, the reason in Chinese) for a user who worked on the case; so is
 * completing it. complete: the call's outcome (回访) or the
 * service manager's follow-up (处理回访投诉) recorded by the quality service; the route and its dates set for the
 * gateway and timers. Form fields are taken out of the process: the callback table holds them. The callback is
 * the one of the process instance the task runs in (never a variable).
 */
@Component("callbackTask")
class CallbackTaskListener implements TaskListener {

    private final QualityService quality;
    private final JsonVariables json;

    CallbackTaskListener(QualityService quality, JsonVariables json) {
        this.quality = quality;
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        long callbackId = quality.idOfProcess(task.getProcessInstanceId());
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> task.setVariableLocal(CallbackProcess.VIEW,
                    json.of(quality.card(callbackId).values()));
            case EVENTNAME_ASSIGNMENT -> {
                if (CallbackProcess.CALL.equals(task.getTaskDefinitionKey()) && task.getAssignee() != null) {
                    refuseOwnEngineer(callbackId, task.getAssignee());
                }
            }
            case EVENTNAME_COMPLETE -> {
                if (CallbackProcess.CALL.equals(task.getTaskDefinitionKey())) {
                    call(task, callbackId);
                } else {
                    quality.recordFollowUp(callbackId, enumValue(task, "followUpAction", FollowUpAction.class),
                            take(task, "followUpNote"), EngineCallers.actor(task, CallbackProcess.SYSTEM_ACTOR));
                }
            }
            default -> {
            }
        }
    }

    private void call(DelegateTask task, long callbackId) {
        String actor = EngineCallers.actor(task, CallbackProcess.SYSTEM_ACTOR);
        refuseOwnEngineer(callbackId, actor);
        CallOutcome outcome = enumValue(task, "callOutcome", CallOutcome.class);
        String solvedText = take(task, "problemSolved");
        Boolean solved = solvedText == null ? null : switch (solvedText) {
            case "YES" -> Boolean.TRUE;
            case "NO" -> Boolean.FALSE;
            default -> throw InvalidRequestException.of("problemSolved", "'" + solvedText + "' is not YES or NO");
        };
        Satisfaction rating = enumValue(task, "callbackRating", Satisfaction.class);
        CallbackRoute route = quality.recordCall(callbackId, outcome, outcome == CallOutcome.REACHED ? solved : null,
                outcome == CallOutcome.REACHED ? rating : null, take(task, "callbackComment"), actor);
        task.setVariable(CallbackProcess.ROUTE, route.name());
        if (route == CallbackRoute.RETRY) {
            task.setVariable(CallbackProcess.NEXT_ATTEMPT_AT, Date.from(quality.nextAttemptAt(callbackId)));
        }
        if (route == CallbackRoute.FOLLOW_UP) {
            Instant due = quality.followUpDueAt(callbackId);
            task.setVariable(CallbackProcess.FOLLOW_UP_DUE_AT, Date.from(due));
        }
    }

    private void refuseOwnEngineer(long callbackId, String userId) {
        try {
            quality.checkMayCall(callbackId, userId);
        } catch (QualityService.NotAllowedToCall e) {
            // a refusal the engine's REST answers with 400 and the reason (Tasklist shows it), like a refused form
            throw InvalidRequestException.of("assignee", e.getMessage());
        }
    }

    private static String take(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        task.removeVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static <E extends Enum<E>> E enumValue(DelegateTask task, String name, Class<E> type) {
        String text = take(task, name);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of(name, "'" + text + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
