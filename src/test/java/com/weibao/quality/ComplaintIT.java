package com.weibao.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.weibao.support.Browser;
import com.weibao.support.EngineRest;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * Complaints (投诉) end to end: a hotline case triaged as 投诉 is not dispatched but goes to the service managers'
 * 调查处理投诉 with the contract's deadline, its outcome closes the case and reaches the reporter; a hospital's
 * complaint through the API against a repair never reaches the repair's engineer; the list per contract and period
 * with outcomes for the vendor and the hospital, refused (404, no data) to another hospital; the task form in
 * Tasklist as the service manager sees it (screenshots quality-complaint-task.png, the outcome fields
 * quality-complaint-task-outcome.png).
 */
class ComplaintIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTRACT = "zhanjiang-5g-emergency";

    @Test
    void aHotlineComplaintGoesToTheManagersNotAnEngineer_andItsOutcomeClosesTheCaseAndReachesTheReporter() {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String marker = "投诉-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> form = new HashMap<>();
        form.put("contractCode", CONTRACT);
        form.put("reporterName", "陈护士长");
        form.put("reporterPhone", "13922223333");
        form.put("reporterEmail", "chen@zhanjiang.example");
        form.put("reporterDepartment", "急诊科");
        form.put("channel", "PHONE");
        form.put("category", "COMPLAINT");
        form.put("summary", "投诉：夜间报修两小时无人回电 " + marker);
        form.put("description", "昨晚 23 点报修急救平台故障，两小时无人回电");
        form.put("reportedAt", EngineRest.minutesAgo(10));
        Http.Response started = engine.submitStartForm("agent", "CaseProcess", form);
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        String caseInstance = started.json().get("id").asText();
        String number = http.get("agent", "/api/cases?text=" + EngineRest.encode(marker)).json()
                .at("/items/0/number").asText();
        engine.complete("agent", engine.visibleTask("agent", caseInstance), Map.of("triageDecision", "ACCEPT",
                "systemCode", "emergency-platform", "category", "COMPLAINT", "priority", "P3"));
        assertThat(engine.visibleTask("agent", caseInstance)).as("no 派发工单 for a complaint").isNull();

        JsonNode complaint = await().atMost(Duration.ofSeconds(30)).until(() -> complaintOfCase(http, number),
                c -> c != null);
        assertThat(complaint.get("status").asText()).isEqualTo("OPEN");
        assertThat(complaint.get("subject").asText()).isEqualTo("SERVICE");
        assertThat(complaint.get("channel").asText()).isEqualTo("PHONE");
        assertThat(complaint.get("complainant").asText()).isEqualTo("陈护士长（急诊科）");
        assertThat(complaint.get("description").asText()).contains("两小时无人回电");
        String reference = complaint.get("reference").asText();
        String instance = complaintInstance(engine, reference);

        JsonNode task = await().atMost(Duration.ofSeconds(30)).until(() -> engine.visibleTask("manager", instance),
                t -> t != null);
        assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_InvestigateComplaint");
        assertThat(task.get("due").isNull()).as("the contract's deadline").isFalse();
        assertThat(engine.visibleTask("engineer1", instance)).isNull();
        assertThat(engine.visibleTask("it-zhanjiang", instance)).isNull();
        JsonNode view = json(engine.formVariables("manager", task.get("id").asText())
                .at("/complaintView/value").asText());
        assertThat(view.get("reference").asText()).isEqualTo(reference);
        assertThat(view.get("complaintCase").asText()).isEqualTo(number);

        assertThat(engine.claim("manager", task.get("id").asText()).status()).isEqualTo(204);
        Http.Response noMeasures = engine.submitTaskForm("manager", task.get("id").asText(), Map.of(
                "investigation", "调取值班记录", "substantiated", "YES", "complaintReply", "已核实"));
        assertThat(noMeasures.status()).as(noMeasures.text()).isEqualTo(400);
        assertThat(noMeasures.text()).contains("整改措施");
        Http.Response answered = engine.submitTaskForm("manager", task.get("id").asText(), Map.of(
                "investigation", "调取值班记录：值班工程师未接到转接", "substantiated", "YES",
                "measures", "夜间热线转接改为双人值守", "complaintReply", "经核实情况属实，已改为双人值守，向您致歉"));
        assertThat(answered.status()).as(answered.text()).isIn(200, 204);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode c = http.get("agent", "/api/cases/" + number).json();
            assertThat(c.get("status").asText()).isIn("CLOSED", "ARCHIVED");
            assertThat(c.get("notifications")).extracting(n -> n.get("event").asText())
                    .contains("COMPLAINT_ANSWERED");
        });
        JsonNode done = complaintOfCase(http, number);
        assertThat(done.get("status").asText()).isEqualTo("ANSWERED");
        assertThat(done.get("substantiated").asBoolean()).isTrue();
        assertThat(done.get("measures").asText()).isEqualTo("夜间热线转接改为双人值守");
        assertThat(done.get("handledBy").asText()).as("a name, not the login id").isNotEqualTo("manager");
    }

    @Test
    void aHospitalsComplaintAgainstARepairNeverReachesItsEngineer_andAnotherHospitalSeesNothing() {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String number = dispatchedCase(http, engine, "被投诉-" + UUID.randomUUID().toString().substring(0, 8));

        Http.Response filed = http.post("it-zhanjiang", "/api/quality/complaints", Map.of("contract", CONTRACT,
                "caseNumber", number, "description", "工程师电话里态度生硬"));
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        assertThat(filed.json().get("subject").asText()).isEqualTo("CASE");
        assertThat(filed.json().get("channel").asText()).isEqualTo("API");
        String reference = filed.json().get("reference").asText();
        String instance = complaintInstance(engine, reference);
        JsonNode task = await().atMost(Duration.ofSeconds(30)).until(() -> engine.visibleTask("manager", instance),
                t -> t != null);
        assertThat(engine.visibleTask("engineer1", instance)).as("the engineer complained about").isNull();
        assertThat(engine.claim("engineer1", task.get("id").asText()).status()).isNotEqualTo(204);
        JsonNode view = json(engine.formVariables("manager", task.get("id").asText())
                .at("/complaintView/value").asText());
        assertThat(view.get("excluded").asText()).as("by name").isEqualTo("张伟 工程师");

        // bad input: precise, nothing saved
        Http.Response empty = http.post("it-zhanjiang", "/api/quality/complaints", Map.of("contract", CONTRACT));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text()).contains("description");
        Http.Response vendorWithoutCase = http.post("agent", "/api/quality/complaints", Map.of("contract", CONTRACT,
                "description", "代登记"));
        assertThat(vendorWithoutCase.status()).isEqualTo(400);
        assertThat(vendorWithoutCase.text()).contains("caseNumber");

        // the list per contract and period: vendor and the hospital itself; no other hospital
        JsonNode list = http.get("manager", "/api/quality/complaints?contract=" + CONTRACT).json();
        assertThat(list.at("/counts/total").asLong()).isPositive();
        assertThat(list.get("complaints")).anySatisfy(c -> {
            assertThat(c.get("reference").asText()).isEqualTo(reference);
            assertThat(c.get("caseNumber").asText()).isEqualTo(number);
            assertThat(c.get("status").asText()).isEqualTo("OPEN");
        });
        assertThat(http.get("it-zhanjiang", "/api/quality/complaints?contract=" + CONTRACT).json()
                .get("complaints")).anySatisfy(c -> assertThat(c.get("reference").asText()).isEqualTo(reference));
        Http.Response foreign = http.get("it-fuscc", "/api/quality/complaints?contract=" + CONTRACT);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text()).doesNotContain(reference, number, "态度生硬");
        Http.Response foreignFiling = http.post("it-fuscc", "/api/quality/complaints", Map.of("contract", CONTRACT,
                "caseNumber", number, "description", "冒名投诉"));
        assertThat(foreignFiling.status()).isEqualTo(404);
        assertThat(foreignFiling.text()).doesNotContain(number);
        Http.Response ownCaseForeignContract = http.post("it-fuscc", "/api/quality/complaints", Map.of(
                "contract", "fuscc-internet-hospital", "caseNumber", number, "description", "冒名投诉"));
        assertThat(ownCaseForeignContract.status()).isEqualTo(404);
        assertThat(http.get("it-fuscc", "/api/quality/complaints?contract=fuscc-internet-hospital").json()
                .get("complaints")).noneSatisfy(c -> assertThat(c.get("reference").asText()).isEqualTo(reference));
        assertThat(http.get("manager", "/api/quality/complaints?contract=" + CONTRACT
                + "&from=2026-12-31&to=2026-01-01").status()).isEqualTo(400);
    }

    /** 调查处理投诉 in Tasklist, as the service manager sees it (screenshot quality-complaint-task.png). */
    @Test
    void theComplaintTaskFormInTasklist() {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String number = dispatchedCase(http, engine, "投诉表单-" + UUID.randomUUID().toString().substring(0, 8));
        Http.Response filed = http.post("it-zhanjiang", "/api/quality/complaints", Map.of("contract", CONTRACT,
                "caseNumber", number, "description", "救护车平板故障报修后，工程师迟迟未到场"));
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        String reference = filed.json().get("reference").asText();
        String instance = complaintInstance(engine, reference);
        String taskId = await().atMost(Duration.ofSeconds(30)).until(() -> engine.visibleTask("manager", instance),
                t -> t != null).get("id").asText();
        assertThat(engine.claim("manager", taskId).status()).isEqualTo(204);

        try (Browser browser = Browser.open(port)) {
            browser.get("/camunda/app/tasklist/default/#/?task=" + taskId);
            browser.visible("input[ng-model=username]").sendKeys("manager");
            browser.visible("input[ng-model=password]").sendKeys("manager");
            browser.visible("form[name=signinForm] button[type=submit]").click();
            WebElement form = browser.text(".fjs-container", "调查经过");
            assertThat(form.getText()).contains(reference, "针对工单 " + number, "工程师迟迟未到场", "答复期限",
                    "张伟 工程师", "投诉属实", "投诉不属实", "整改措施", "给投诉人的答复");
            assertThat(form.getText()).doesNotContain("engineer1", "COMPLAINT", "UTC");
            browser.screenshot("quality-complaint-task");
            browser.screenshot("quality-complaint-task-outcome", ".fjs-form-field-radio");
        }
    }

    private static JsonNode complaintOfCase(Http http, String caseNumber) {
        for (JsonNode c : http.get("manager", "/api/quality/complaints?contract=" + CONTRACT).json()
                .get("complaints")) {
            if (caseNumber.equals(c.path("complaintCase").asText(null))) {
                return c;
            }
        }
        return null;
    }

    private static String complaintInstance(EngineRest engine, String reference) {
        JsonNode found = engine.get("manager", "/process-instance?processDefinitionKey=ComplaintProcess&businessKey="
                + EngineRest.encode("complaint:" + reference));
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("tenantId").asText()).isEqualTo("zhanjiang");
        return found.get(0).get("id").asText();
    }

    /** A Zhanjiang repair registered by the hotline, triaged and dispatched to engineer1. */
    private static String dispatchedCase(Http http, EngineRest engine, String marker) {
        Map<String, Object> form = new HashMap<>();
        form.put("contractCode", CONTRACT);
        form.put("reporterName", "李医生");
        form.put("reporterPhone", "13912345678");
        form.put("channel", "PHONE");
        form.put("category", "FAULT");
        form.put("summary", "救护车平板无法上传视频 " + marker);
        form.put("reportedAt", EngineRest.minutesAgo(30));
        Http.Response started = engine.submitStartForm("agent", "CaseProcess", form);
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        String instanceId = started.json().get("id").asText();
        engine.complete("agent", engine.visibleTask("agent", instanceId), Map.of("triageDecision", "ACCEPT",
                "systemCode", "ambulance-kit", "category", "FAULT", "priority", "P3"));
        engine.complete("agent", engine.visibleTask("agent", instanceId), Map.of("assignee", "engineer1"));
        return http.get("agent", "/api/cases?text=" + EngineRest.encode(marker)).json().at("/items/0/number").asText();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
