package com.weibao.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Drives Camunda's REST API the way Tasklist does, as a given user. */
public final class EngineRest {

    private final Http http;

    public EngineRest(Http http) {
        this.http = http;
    }

    /** Tasklist's start form: submits the form's variables to the process definition. */
    public Http.Response submitStartForm(String user, String processKey, Map<String, Object> variables) {
        return http.post(user, "/engine-rest/process-definition/key/" + processKey + "/submit-form",
                Map.of("variables", typed(variables)));
    }

    /** The one task of a process instance that the user can see, or null. */
    public JsonNode visibleTask(String user, String processInstanceId) {
        JsonNode tasks = http.get(user, "/engine-rest/task?processInstanceId=" + processInstanceId).json();
        assertThat(tasks.size()).as("tasks visible to %s", user).isLessThanOrEqualTo(1);
        return tasks.isEmpty() ? null : tasks.get(0);
    }

    public JsonNode formVariables(String user, String taskId) {
        return http.get(user, "/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false").json();
    }

    public Http.Response claim(String user, String taskId) {
        return http.post(user, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
    }

    /** Tasklist's "Complete": submits the form's variables to the task. */
    public Http.Response submitTaskForm(String user, String taskId, Map<String, Object> variables) {
        return http.post(user, "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", typed(variables)));
    }

    /** Tasklist's "Claim" (when nobody holds the task) and "Complete" as this user; the test fails if refused. */
    public void complete(String user, JsonNode task, Map<String, Object> variables) {
        assertThat(task).as("a task for %s", user).isNotNull();
        String taskId = task.get("id").asText();
        if (task.get("assignee").isNull()) {
            assertThat(claim(user, taskId).status()).isEqualTo(204);
        }
        Http.Response completed = submitTaskForm(user, taskId, variables);
        assertThat(completed.status()).as(completed.text()).isIn(200, 204);
    }

    public JsonNode get(String user, String pathAndQuery) {
        return http.get(user, "/engine-rest" + pathAndQuery).json();
    }

    /** A time as Tasklist's date-time fields send it, so many minutes before now: tests never depend on the day. */
    public static String minutesAgo(int minutes) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(minutes).truncatedTo(ChronoUnit.MINUTES)
                .toString();
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Map<String, Object> typed(Map<String, Object> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> {
            Map<String, Object> variable = new LinkedHashMap<>();
            variable.put("value", value);
            variable.put("type", value == null ? "Null" : value instanceof Boolean ? "Boolean" : "String");
            typed.put(name, variable);
        });
        return typed;
    }
}
