package com.weibao.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.support.EngineRest;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/** The SLA engine in the running application: previews, each case's targets, pauses, new levels, repeats, timers. */
class SlaIT extends IntegrationTest {

    @Test
    void previewsAQueueCallP3DepartureOnTheFirstWorkingDayAfterNationalDay() {
        JsonNode preview = http().get("agent", "/api/contracts/queue-call/sla-preview?priority=P3&category=FAULT"
                + "&reportedAt=" + EngineRest.encode("2026-09-30T17:30:00+08:00")).json();

        assertThat(preview.get("targets")).singleElement().satisfies(t -> {
            assertThat(t.get("code").asText()).isEqualTo("P3-DEPART");
            assertThat(t.get("kind").asText()).isEqualTo("ONSITE_ARRIVAL");
            assertThat(t.get("clock").asText()).isEqualTo("WORKING_DAYS");
            assertThat(Instant.parse(t.get("dueAt").asText())).isEqualTo(Instant.parse("2026-10-08T09:30:00Z"));
        });
    }

    @Test
    void previewsBusinessHoursOnSiteConditionsAndTheAfterHoursRule() {
        JsonNode einvoice = http().get("agent", "/api/contracts/e-invoice/sla-preview?priority=P2"
                + "&reportedAt=" + EngineRest.encode("2026-11-20T17:30:00+08:00")).json().get("targets");
        assertThat(due(einvoice, "FAULT-RESPONSE")).as("1 h of weekday 09:00-18:00: Monday 09:30")
                .isEqualTo(Instant.parse("2026-11-23T01:30:00Z"));
        assertThat(target(einvoice, "FAULT-ONSITE").get("condition").asText()).isEqualTo("ONSITE_REQUIRED");
        assertThat(due(einvoice, "FAULT-ONSITE")).isEqualTo(Instant.parse("2026-11-21T09:30:00Z"));

        JsonNode night = http().get("agent", "/api/contracts/fuscc-internet-hospital/sla-preview?priority=P1"
                + "&reportedAt=" + EngineRest.encode("2026-11-20T23:00:00+08:00")).json().get("targets");
        assertThat(due(night, "P1-BEFORE-OPENING")).as("before Saturday's 07:00 opening")
                .isEqualTo(Instant.parse("2026-11-20T23:00:00Z"));
        assertThat(due(night, "P1P2-RESOLUTION")).isEqualTo(Instant.parse("2026-11-21T15:00:00Z"));
        JsonNode day = http().get("agent", "/api/contracts/fuscc-internet-hospital/sla-preview?priority=P1"
                + "&reportedAt=" + EngineRest.encode("2026-11-20T10:00:00+08:00")).json().get("targets");
        assertThat(day).extracting(t -> t.get("code").asText()).doesNotContain("P1-BEFORE-OPENING");

        JsonNode change = http().get("agent", "/api/contracts/zhanjiang-5g-emergency/sla-preview?priority=P4"
                + "&category=CHANGE_REQUEST&reportedAt=" + EngineRest.encode("2026-09-30T10:00:00+08:00")).json()
                .get("targets");
        assertThat(due(change, "CHANGE-RESPONSE")).isEqualTo(Instant.parse("2026-09-30T04:00:00Z"));
        assertThat(due(change, "CHANGE-PLAN")).as("7 working days, National Day and the make-up Saturday counted")
                .isEqualTo(Instant.parse("2026-10-15T02:00:00Z"));
    }

    @Test
    void previewRefusesWhatItCannotAnswer() {
        Http.Response missing = http().get("agent", "/api/contracts/queue-call/sla-preview");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().at("/errors/0/field").asText()).isEqualTo("priority");
        assertThat(http().get("agent", "/api/contracts/queue-call/sla-preview?priority=P9").json()
                .at("/errors/0/field").asText()).isEqualTo("priority");
        assertThat(http().get("agent", "/api/contracts/nope/sla-preview?priority=P1").status()).isEqualTo(404);
        assertThat(http().get("it-fuscc", "/api/contracts/queue-call/sla-preview?priority=P1").status()).isEqualTo(404);
    }

    /** Reported a minute ago, so the target is still running whatever the day the test runs on. */
    @Test
    void aCaseCarriesItsTargetsAndTheirTimersFromTheReport() {
        Instant reported = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        String reportedAt = OffsetDateTime.ofInstant(reported, ZoneOffset.ofHours(8)).toString();
        Map<String, Object> request = caseRequest("叫号屏黑屏");
        request.put("contract", "queue-call");
        request.put("system", "room-screen");
        request.put("priority", "P3");
        request.put("reportedAt", reportedAt);

        JsonNode created = http().post("agent", "/api/cases", request).json();

        Instant previewed = due(http().get("agent", "/api/contracts/queue-call/sla-preview?priority=P3&category=FAULT"
                + "&reportedAt=" + EngineRest.encode(reportedAt)).json().get("targets"), "P3-DEPART");
        JsonNode depart = target(created.get("slaTargets"), "P3-DEPART");
        Instant due = Instant.parse(depart.get("dueAt").asText());
        assertThat(due).as("the contract's calendar from the report, as previewed").isEqualTo(previewed)
                .isAfter(reported.plus(Duration.ofHours(12)));
        assertThat(depart.get("status").asText()).isEqualTo("RUNNING");
        String instanceId = instanceOf(created.get("number").asText());
        assertThat(timerDates(instanceId)).contains(due);
    }

    @Test
    void waitingForTheReporterStopsTheClockAndTheReplyMovesTheDeadline() {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        Instant reported = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        String number = newCase("e-invoice", "einvoice-app", "P2", reported);
        String instanceId = instanceOf(number);
        complete(engine, "agent", instanceId, Map.of("triageDecision", "ACCEPT", "systemCode", "einvoice-app",
                "category", "FAULT", "priority", "P2"));
        complete(engine, "agent", instanceId, Map.of("assignee", "engineer1"));
        complete(engine, "engineer1", instanceId, Map.of("onsiteRequired", "true", "supportOutcome", "CONTINUE",
                "solutionPlan", "到现场更换证书"));
        JsonNode onsite = target(http.get("agent", "/api/cases/" + number).json().get("slaTargets"), "FAULT-ONSITE");
        Instant dueBefore = Instant.parse(onsite.get("dueAt").asText());
        assertThat(dueBefore).isEqualTo(reported.plus(Duration.ofHours(24)));
        assertThat(timerDates(instanceId)).contains(dueBefore);

        Instant pausedFrom = Instant.now();
        complete(engine, "engineer1", instanceId, Map.of("supportOutcome", "WAIT_FOR_REPORTER",
                "reporterQuestion", "请确认今晚能否停机"));
        JsonNode paused = target(http.get("agent", "/api/cases/" + number).json().get("slaTargets"), "FAULT-ONSITE");
        assertThat(paused.get("status").asText()).isEqualTo("PAUSED");
        assertThat(paused.get("dueAt").isNull()).isTrue();
        assertThat(timerDates(instanceId)).as("no timer runs while the clock is stopped").isEmpty();

        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
        assertThat(http.post("it-renmin", "/api/cases/" + number + "/notes", Map.of("text", "今晚 22 点可以")).status())
                .isEqualTo(201);
        Instant resumedBy = Instant.now();

        JsonNode resumed = target(http.get("agent", "/api/cases/" + number).json().get("slaTargets"), "FAULT-ONSITE");
        Instant dueAfter = Instant.parse(resumed.get("dueAt").asText());
        assertThat(resumed.get("status").asText()).isEqualTo("RUNNING");
        // MySQL/MariaDB keep whole seconds (sendFractionalSeconds=false, as Camunda needs): allow one second
        assertThat(Duration.between(dueBefore, dueAfter)).as("moved by the pause")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1))
                .isLessThanOrEqualTo(Duration.between(pausedFrom, resumedBy).plusSeconds(1));
        assertThat(timerDates(instanceId)).contains(dueAfter).doesNotContain(dueBefore);
        JsonNode response = target(http.get("agent", "/api/cases/" + number).json().get("slaTargets"), "FAULT-RESPONSE");
        assertThat(response.get("status").asText()).isIn("MET", "MET_LATE");
    }

    @Test
    void aNewLevelReplacesTheTargetsAndReArmsTheTimers() {
        Http http = http();
        Instant reported = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(300);
        String number = newCase("queue-call", "triage-desk", "P3", reported);
        String instanceId = instanceOf(number);
        complete(new EngineRest(http), "agent", instanceId, Map.of("triageDecision", "ACCEPT",
                "systemCode", "triage-desk", "category", "FAULT", "priority", "P3"));

        Http.Response raised = http.post("lead", "/api/cases/" + number + "/priority",
                Map.of("priority", "P1", "reason", "全院叫号停止"));

        assertThat(raised.status()).isEqualTo(200);
        JsonNode targets = raised.json().get("slaTargets");
        assertThat(target(targets, "P3-DEPART").get("status").asText()).isEqualTo("CANCELLED");
        Instant onsiteDue = due(targets, "P1-ONSITE");
        assertThat(onsiteDue).isEqualTo(reported.plus(Duration.ofHours(2)));
        assertThat(timerDates(instanceId)).contains(onsiteDue).doesNotContain(due(targets, "P3-DEPART"));
        assertThat(new EngineRest(http).get("manager", "/process-instance/" + instanceId + "/variables/priority")
                .get("value").asText()).isEqualTo("P1");
        assertThat(raised.json().get("history")).anySatisfy(e -> {
            assertThat(e.get("type").asText()).isEqualTo("PRIORITY_CHANGED");
            assertThat(e.get("detail").asText()).contains("P3 -> P1", "全院叫号停止");
        });
        assertThat(http.post("engineer1", "/api/cases/" + number + "/priority",
                Map.of("priority", "P2", "reason", "x")).status()).isEqualTo(403);
        assertThat(http.post("lead", "/api/cases/" + number + "/priority", Map.of("priority", "P2")).json()
                .at("/errors/0/field").asText()).isEqualTo("reason");
    }

    @Test
    void theThirdSameFaultOnOneSystemWithinThirtyDaysIsRaisedToP1() {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String system = "digital-waiting-hall";
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String number = newCase("fuscc-internet-hospital", system, "P3",
                    Instant.now().minus(Duration.ofMinutes(30 - 10L * i)));
            complete(engine, "agent", instanceOf(number), Map.of("triageDecision", "ACCEPT", "systemCode", system,
                    "category", "FAULT", "priority", "P2", "faultType", "DATABASE"));
            numbers.add(number);
        }

        JsonNode second = http.get("agent", "/api/cases/" + numbers.get(1)).json();
        assertThat(second.get("priority").asText()).isEqualTo("P2");
        JsonNode third = http.get("agent", "/api/cases/" + numbers.get(2)).json();
        assertThat(third.get("priority").asText()).isEqualTo("P1");
        assertThat(third.get("history")).anySatisfy(e -> {
            assertThat(e.get("type").asText()).isEqualTo("REPEAT_FAULT");
            assertThat(e.get("detail").asText()).contains("30 天内", "第 3 次", "升为 P1");
        });
        assertThat(third.get("slaTargets")).extracting(t -> t.get("code").asText()).contains("P1P2-RESOLUTION");
        assertThat(third.get("notifications")).filteredOn(n -> n.get("event").asText().equals("REPEAT_FAULT"))
                .extracting(n -> n.get("address").asText()).contains("lead@weibao.local", "manager@weibao.local",
                        "it@fuscc.example");
    }

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void timersFireOnTheRunningApplicationAndEscalateStepByStep() {
        List<SlaStepFired> fired = new CopyOnWriteArrayList<>();
        // checked by hand: Spring Modulith's event multicaster does not skip lambda listeners of another payload type
        context.addApplicationListener((ApplicationListener<ApplicationEvent>) e -> {
            if (e instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof SlaStepFired step) {
                fired.add(step);
            }
        });
        Instant reported = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String number = newCase("sla-fast", "app", "P1", reported);

        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(history(number)).extracting(e -> e.get("type").asText())
                        .contains("SLA_WARNING", "SLA_BREACHED").filteredOn("SLA_ESCALATED"::equals).hasSize(2));

        long caseId = fired.stream().filter(f -> f.step() == 1).map(SlaStepFired::caseId).findFirst().orElse(-1L);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(fired)
                .filteredOn(f -> f.caseId() == caseId).extracting(SlaStepFired::step).containsExactly(1, 2, 3, 4));
        System.out.println("SLA timer lateness (fired - planned) on a running app: " + fired.stream()
                .filter(f -> f.caseId() == caseId)
                .map(f -> "step " + f.step() + " +" + Duration.between(f.plannedAt(), f.firedAt()).toMillis() + " ms")
                .toList());
        assertThat(fired).filteredOn(f -> f.caseId() == caseId)
                .allSatisfy(f -> assertThat(f.firedAt()).isAfterOrEqualTo(f.plannedAt()));

        JsonNode c = http().get("agent", "/api/cases/" + number).json();
        JsonNode target = target(c.get("slaTargets"), "P1-RESPONSE");
        Instant due = Instant.parse(target.get("dueAt").asText());
        assertThat(target.get("status").asText()).isEqualTo("BREACHED");
        assertThat(target.get("escalationLevel").asInt()).isEqualTo(4);
        Map<String, Instant> planned = Map.of("SLA_WARNING", Instant.parse(target.get("warningAt").asText()),
                "SLA_BREACHED", due);
        List<String> lateness = new ArrayList<>();
        for (JsonNode event : history(number)) {
            String type = event.get("type").asText();
            Instant at = Instant.parse(event.get("at").asText());
            Instant plan = planned.get(type);
            if (plan == null && type.equals("SLA_ESCALATED")) {
                plan = event.get("detail").asText().contains("服务经理") ? due.plusSeconds(3) : due.plusSeconds(6);
            }
            if (plan != null) {
                assertThat(at).as("%s not before its time", type).isAfterOrEqualTo(plan);
                lateness.add(type + " +" + Duration.between(plan, at).toMillis() + " ms");
            }
        }
        System.out.println("SLA escalations as recorded in the case history: " + lateness);
        assertThat(c.get("notifications")).extracting(n -> n.get("event").asText() + ">" + n.get("address").asText())
                .contains("SLA_WARNING>agent@weibao.local", "SLA_BREACHED>lead@weibao.local",
                        "SLA_ESCALATED>manager@weibao.local", "SLA_ESCALATED>contact@testhosp.example");
    }

    private List<JsonNode> history(String number) {
        List<JsonNode> events = new ArrayList<>();
        http().get("agent", "/api/cases/" + number).json().get("history").forEach(events::add);
        return events;
    }

    private String newCase(String contract, String system, String priority, Instant reportedAt) {
        Map<String, Object> request = caseRequest("时限测试 " + UUID.randomUUID());
        request.put("contract", contract);
        request.put("system", system);
        request.put("priority", priority);
        request.put("reportedAt", OffsetDateTime.ofInstant(reportedAt, ZoneOffset.ofHours(8)).toString());
        Http.Response created = http().post("agent", "/api/cases", request);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("number").asText();
    }

    private String instanceOf(String number) {
        return new EngineRest(http()).get("manager", "/process-instance?businessKey=" + number).get(0).get("id").asText();
    }

    private List<Instant> timerDates(String instanceId) {
        List<Instant> dates = new ArrayList<>();
        new EngineRest(http()).get("manager", "/job?timers=true&processInstanceId=" + instanceId)
                .forEach(j -> dates.add(OffsetDateTime.parse(j.get("dueDate").asText().replaceFirst("(\\d{2})(\\d{2})$", "$1:$2"))
                        .toInstant()));
        return dates;
    }

    private static void complete(EngineRest engine, String user, String instanceId, Map<String, Object> variables) {
        JsonNode task = engine.visibleTask(user, instanceId);
        assertThat(task).as("a task for %s", user).isNotNull();
        if (task.get("assignee").isNull()) {
            engine.claim(user, task.get("id").asText());
        }
        Http.Response done = engine.submitTaskForm(user, task.get("id").asText(), new HashMap<>(variables));
        assertThat(done.status()).as(done.text()).isIn(200, 204);
    }

    private static JsonNode target(JsonNode targets, String code) {
        for (JsonNode t : targets) {
            if (t.get("code").asText().equals(code) && !t.path("status").asText().equals("CANCELLED")) {
                return t;
            }
        }
        for (JsonNode t : targets) {
            if (t.get("code").asText().equals(code)) {
                return t;
            }
        }
        throw new AssertionError("no target " + code + " in " + targets);
    }

    private static Instant due(JsonNode targets, String code) {
        return Instant.parse(target(targets, code).get("dueAt").asText());
    }
}
