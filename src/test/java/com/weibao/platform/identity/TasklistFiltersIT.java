package com.weibao.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.support.EngineRest;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Each role's Tasklist opens on its own work, most urgent first: the filters a user is shown, and case tasks that
 * carry the case's earliest open SLA deadline as their due date.
 */
class TasklistFiltersIT extends IntegrationTest {

    private static final DateTimeFormatter CAMUNDA_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    @Test
    void theDeskSeesItsQueuesAndTheHospitalOnlyItsOwnWork() {
        EngineRest engine = new EngineRest(http());
        assertThat(filterNames(engine, "agent"))
                .contains("我的任务", "我的组任务", "待分级", "待派发", "即将超时", "院方待办", "全部可见任务");
        assertThat(filterNames(engine, "engineer1")).contains("我的任务", "即将超时").doesNotContain("待分级", "待派发");
        assertThat(filterNames(engine, "callback")).contains("我的任务", "待回访").doesNotContain("待分级", "待派发");
        assertThat(filterNames(engine, "agent")).doesNotContain("待回访");
        assertThat(filterNames(engine, "it-renmin")).contains("我的任务", "我的组任务", "院方待办")
                .doesNotContain("待分级", "待派发", "即将超时", "待回访");
    }

    @Test
    void aCaseTaskIsDueAtTheCasesEarliestOpenDeadlineAndShowsUnderDueSoon() {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String marker = "到期排序-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response started = engine.submitStartForm("agent", "CaseProcess", Map.of(
                "contractCode", "fuscc-internet-hospital", "reporterName", "门诊办公室", "reporterPhone", "021-12345678",
                "channel", "PHONE", "category", "FAULT", "summary", "扫码付无法支付 " + marker,
                "reportedAt", EngineRest.minutesAgo(10)));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        String instanceId = started.json().get("id").asText();
        String number = http.get("agent", "/api/cases?text=" + marker).json().at("/items/0/number").asText();

        // triage: due when the one-hour response is
        JsonNode triage = engine.visibleTask("agent", instanceId);
        Instant responseDue = earliestOpenDeadline(http, number);
        assertThat(responseDue).isBefore(Instant.now().plusSeconds(3600));
        assertThat(due(triage)).isCloseTo(responseDue, within(1, ChronoUnit.SECONDS));
        assertThat(listed(engine, "agent", "即将超时")).contains(triage.get("id").asText());

        // the response is met at triage; dispatch is due when the next open target (the repair) is
        engine.complete("agent", triage, Map.of("triageDecision", "ACCEPT", "systemCode", "internet-hospital",
                "category", "FAULT", "priority", "P1", "triageNote", "现场支付无法进行"));
        JsonNode dispatch = engine.visibleTask("agent", instanceId);
        assertThat(dispatch.get("taskDefinitionKey").asText()).isEqualTo("Task_DispatchCase");
        Instant repairDue = earliestOpenDeadline(http, number);
        assertThat(repairDue).isAfter(responseDue);
        assertThat(due(dispatch)).isCloseTo(repairDue, within(1, ChronoUnit.SECONDS));
    }

    private static List<String> listed(EngineRest engine, String user, String filter) {
        List<String> ids = new ArrayList<>();
        engine.get(user, "/filter/" + filterId(engine, user, filter) + "/list?maxResults=1000")
                .forEach(t -> ids.add(t.get("id").asText()));
        return ids;
    }

    private static List<String> filterNames(EngineRest engine, String user) {
        List<String> names = new ArrayList<>();
        engine.get(user, "/filter?resourceType=Task").forEach(f -> names.add(f.get("name").asText()));
        return names;
    }

    private static String filterId(EngineRest engine, String user, String name) {
        for (JsonNode filter : engine.get(user, "/filter?resourceType=Task")) {
            if (filter.get("name").asText().equals(name)) {
                return filter.get("id").asText();
            }
        }
        throw new AssertionError(user + " has no filter " + name);
    }

    private static Instant due(JsonNode task) {
        assertThat(task.get("due").isNull()).as("the task has a due date: %s", task).isFalse();
        return OffsetDateTime.parse(task.get("due").asText(), CAMUNDA_DATE).toInstant();
    }

    private static Instant earliestOpenDeadline(Http http, String number) {
        Instant earliest = null;
        for (JsonNode target : http.get("agent", "/api/cases/" + number).json().get("slaTargets")) {
            String status = target.get("status").asText();
            if ((status.equals("RUNNING") || status.equals("BREACHED")) && !target.get("dueAt").isNull()) {
                Instant due = Instant.parse(target.get("dueAt").asText());
                earliest = earliest == null || due.isBefore(earliest) ? due : earliest;
            }
        }
        return earliest;
    }
}
