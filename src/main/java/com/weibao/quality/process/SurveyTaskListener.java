package com.weibao.quality.process;

import com.weibao.platform.engine.EngineCallers;
import com.weibao.platform.engine.JsonVariables;
import com.weibao.quality.SurveyService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Listener of the survey process's user tasks. create: a department's call task is bound to its call (the
 * multi-instance's element, checked to belong to this process instance's survey and to have no task yet), then
 * its form's read-only texts; the summary task gets the results so far. complete: the call is found by the task's
 * own id, the summary by the process instance; the form's fields are taken out of the process (the survey tables
 * hold them).
 */
@Component("surveyTask")
class SurveyTaskListener implements TaskListener {

    private final SurveyService surveys;
    private final JsonVariables json;

    SurveyTaskListener(SurveyService surveys, JsonVariables json) {
        this.surveys = surveys;
        this.json = json;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean call = SurveyProcess.CALL.equals(task.getTaskDefinitionKey());
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> {
                if (call) {
                    Object id = task.getExecution().getVariableLocal(SurveyProcess.CALL_ID);
                    surveys.bindCall(task.getProcessInstanceId(), ((Number) id).longValue(), task.getId());
                    task.setVariableLocal(SurveyProcess.CALL_VIEW, json.of(surveys.callView(task.getId())));
                } else {
                    task.setVariableLocal(SurveyProcess.SUMMARY_VIEW,
                            json.of(surveys.summaryView(task.getProcessInstanceId())));
                }
            }
            case EVENTNAME_COMPLETE -> {
                String actor = EngineCallers.actor(task, SurveyProcess.SYSTEM_ACTOR);
                if (call) {
                    surveys.recordCall(task.getId(), take(task, "surveyOutcome"), take(task, "surveyRating"),
                            take(task, "surveyComment"), take(task, "surveySuggestions"), actor);
                } else {
                    surveys.recordSummary(task.getProcessInstanceId(), take(task, "surveySummary"),
                            take(task, "improvementMeasures"), actor);
                }
            }
            default -> {
            }
        }
    }

    private static String take(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        task.removeVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
