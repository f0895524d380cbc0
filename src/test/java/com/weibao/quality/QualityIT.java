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
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A Zhanjiang repair from registration to closing through Tasklist's REST API; the closing selects its callback
 * (100 % by the contract file), the 回访 task reaches the callback team (not the case's engineer, not the hospital)
 * when the delay's timer fires, a 差 goes to the service manager with the contract's deadline, who files a complaint
 * against the case (its own complaint process, see ComplaintIT);
 * the satisfaction report counts the confirmation's and the callback's ratings and the coverage, for the vendor and
 * the hospital itself, and for no other hospital.
 */
class QualityIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTRACT = "zhanjiang-5g-emergency";

    @Autowired
    private ManagementService management;

    @Test
    void aClosedRepairIsCalledBack_aPoorRatingReachesTheManager_andTheReportCountsIt() throws Exception {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String number = closedCase(http, engine, "回访-" + UUID.randomUUID().toString().substring(0, 8));

        // the closing decided the callback: selected (100 %), due one working day later, in a callback process
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(http.get("manager", "/api/quality/cases/" + number + "/callback").status()).isEqualTo(200));
        JsonNode callback = http.get("manager", "/api/quality/cases/" + number + "/callback").json();
        assertThat(callback.get("decision").asText()).isEqualTo("SELECTED");
        assertThat(callback.get("status").asText()).isEqualTo("SCHEDULED");
        assertThat(callback.get("dueAt").asText()).isNotBlank();
        assertThat(http.get("it-fuscc", "/api/quality/cases/" + number + "/callback").status()).isEqualTo(404);
        JsonNode instances = engine.get("manager",
                "/process-instance?processDefinitionKey=CallbackProcess&businessKey=callback:" + number);
        assertThat(instances).hasSize(1);
        assertThat(engine.get("manager", "/history/process-instance?processInstanceBusinessKey=" + number))
                .as("the case's number still names its case process alone").hasSize(1);
        String instanceId = instances.get(0).get("id").asText();
        assertThat(instances.get(0).get("tenantId").asText()).isEqualTo("zhanjiang");
        assertThat(engine.visibleTask("callback", instanceId)).as("nothing to call before the delay").isNull();

        Job delay = management.createJobQuery().processInstanceId(instanceId).timers().singleResult();
        management.executeJob(delay.getId());

        // the 回访 task: for the callback team, with the case card, the reporter's number and the script
        JsonNode task = engine.visibleTask("callback", instanceId);
        assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_CallReporter");
        assertThat(engine.visibleTask("engineer1", instanceId)).as("the case's engineer").isNull();
        assertThat(engine.visibleTask("it-zhanjiang", instanceId)).as("the hospital").isNull();
        assertThat(engine.visibleTask("it-fuscc", instanceId)).isNull();
        assertThat(engine.claim("engineer1", task.get("id").asText()).status()).isNotEqualTo(204);
        JsonNode view = JSON.readTree(engine.formVariables("callback", task.get("id").asText())
                .at("/callbackView/value").asText());
        assertThat(view.get("number").asText()).isEqualTo(number);
        assertThat(view.get("reporterPhone").asText()).isEqualTo("13912345678");
        assertThat(view.get("engineers").asText()).as("the engineer by name, not login id").isEqualTo("张伟 工程师");
        assertThat(view.get("script").asText()).contains(number, "满意度");

        assertThat(engine.claim("callback", task.get("id").asText()).status()).isEqualTo(204);
        Http.Response noReason = engine.submitTaskForm("callback", task.get("id").asText(),
                Map.of("callOutcome", "REACHED", "problemSolved", "YES", "callbackRating", "POOR"));
        assertThat(noReason.status()).as(noReason.text()).isEqualTo(400);
        assertThat(noReason.text()).contains("callbackComment");
        Http.Response poor = engine.submitTaskForm("callback", task.get("id").asText(), Map.of("callOutcome",
                "REACHED", "problemSolved", "YES", "callbackRating", "POOR", "callbackComment", "等了两个小时才有人来"));
        assertThat(poor.status()).as(poor.text()).isIn(200, 204);

        // 差 → the service manager's 处理回访投诉 with the contract's deadline (one working day)
        JsonNode followUp = engine.visibleTask("manager", instanceId);
        assertThat(followUp.get("taskDefinitionKey").asText()).isEqualTo("Task_HandleComplaint");
        assertThat(followUp.get("due").isNull()).isFalse();
        assertThat(engine.visibleTask("callback", instanceId)).isNull();
        assertThat(http.get("manager", "/api/cases/" + number).json().get("notifications"))
                .extracting(n -> n.get("event").asText()).contains("CALLBACK_FOLLOW_UP");
        try (Browser browser = Browser.open(port)) {
            browser.logInToTasklist("manager");
            browser.get("/camunda/app/tasklist/default/#/?task=" + followUp.get("id").asText());
            String form = browser.text(".fjs-container", "登记投诉").getText();
            assertThat(form).contains(number, "等了两个小时才有人来");
            browser.screenshot("quality-callback-follow-up");
        }
        engine.complete("manager", followUp, Map.of("followUpAction", "COMPLAINT",
                "followUpNote", "已向报修人致歉，安排驻场工程师复查响应流程"));
        JsonNode handled = http.get("manager", "/api/quality/cases/" + number + "/callback").json();
        assertThat(handled.get("followUpAction").asText()).isEqualTo("COMPLAINT");
        String complaint = handled.get("followUpComplaint").asText();
        JsonNode filed = null;
        for (JsonNode c : http.get("manager", "/api/quality/complaints?contract=" + CONTRACT).json().get("complaints")) {
            if (c.get("reference").asText().equals(complaint)) {
                filed = c;
            }
        }
        assertThat(filed).as("the complaint %s against the case", complaint).isNotNull();
        assertThat(filed.get("subject").asText()).isEqualTo("CASE");
        assertThat(filed.get("channel").asText()).isEqualTo("CALLBACK");
        assertThat(filed.get("caseNumber").asText()).isEqualTo(number);
        assertThat(filed.get("description").asText()).contains(number, "等了两个小时才有人来");

        // satisfaction per contract and period: both sources, the coverage; the hospital sees its own, no other
        JsonNode report = http.get("manager", "/api/quality/contracts/" + CONTRACT + "/satisfaction").json();
        assertThat(report.at("/bySource/CONFIRMATION/good").asLong()).isPositive();
        assertThat(report.at("/bySource/CALLBACK/poor").asLong()).isPositive();
        assertThat(report.get("ratings")).anySatisfy(r -> {
            assertThat(r.get("caseNumber").asText()).isEqualTo(number);
            assertThat(r.get("source").asText()).isEqualTo("CALLBACK");
            assertThat(r.get("comment").asText()).isEqualTo("等了两个小时才有人来");
        });
        JsonNode coverage = report.get("callbacks");
        assertThat(coverage.get("closed").asLong()).isPositive();
        assertThat(coverage.get("selected").asLong()).isEqualTo(coverage.get("closed").asLong());
        assertThat(coverage.get("reached").asLong()).isPositive();
        assertThat(coverage.get("followUps").asLong()).isPositive();
        assertThat(http.get("it-zhanjiang", "/api/quality/contracts/" + CONTRACT + "/satisfaction").status())
                .isEqualTo(200);
        Http.Response foreign = http.get("it-fuscc", "/api/quality/contracts/" + CONTRACT + "/satisfaction");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text()).doesNotContain(number);
        assertThat(http.get("it-fuscc", "/api/quality/contracts/fuscc-internet-hospital/satisfaction").json()
                .get("ratings")).noneSatisfy(r -> assertThat(r.get("caseNumber").asText()).isEqualTo(number));
        assertThat(http.get("manager", "/api/quality/contracts/" + CONTRACT
                + "/satisfaction?from=2026-12-31&to=2026-01-01").status()).isEqualTo(400);
    }

    /** The 回访 task form in Tasklist, as the callback team member sees it (screenshot quality-callback-task.png). */
    @Test
    void theCallbackTaskFormInTasklist() {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String number = closedCase(http, engine, "回访表单-" + UUID.randomUUID().toString().substring(0, 8));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(engine.get("callback",
                "/process-instance?processDefinitionKey=CallbackProcess&businessKey=callback:" + number)).hasSize(1));
        String instanceId = engine.get("callback", "/process-instance?processDefinitionKey=CallbackProcess&businessKey=callback:"
                + number).get(0).get("id").asText();
        management.executeJob(management.createJobQuery().processInstanceId(instanceId).timers().singleResult().getId());
        String taskId = engine.visibleTask("callback", instanceId).get("id").asText();
        assertThat(engine.claim("callback", taskId).status()).isEqualTo(204);

        try (Browser browser = Browser.open(port)) {
            browser.get("/camunda/app/tasklist/default/#/?task=" + taskId);
            browser.visible("input[ng-model=username]").sendKeys("callback");
            browser.visible("input[ng-model=password]").sendKeys("callback");
            browser.visible("form[name=signinForm] button[type=submit]").click();
            WebElement form = browser.text(".fjs-container", "回访话术");
            assertThat(form.getText()).contains(number, "13912345678", "李医生", "急救调度科", "已接通",
                    "未接通（稍后重拨）", "报修人拒绝回访");
            browser.screenshot("quality-callback-task");
        }
    }

    /** A Zhanjiang case registered, triaged, dispatched to engineer1, resolved and confirmed 良 by its IT department. */
    private static String closedCase(Http http, EngineRest engine, String marker) {
        Map<String, Object> form = new HashMap<>();
        form.put("contractCode", CONTRACT);
        form.put("reporterName", "李医生");
        form.put("reporterPhone", "13912345678");
        form.put("reporterDepartment", "急救调度科");
        form.put("channel", "PHONE");
        form.put("category", "FAULT");
        form.put("impact", "PARTIAL_OUTAGE");
        form.put("summary", "救护车平板无法上传视频 " + marker);
        form.put("description", "5G 路由在线，平板上传视频失败");
        form.put("reportedAt", EngineRest.minutesAgo(40));
        Http.Response started = engine.submitStartForm("agent", "CaseProcess", form);
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        String instanceId = started.json().get("id").asText();
        String number = http.get("agent", "/api/cases?text=" + EngineRest.encode(marker)).json()
                .at("/items/0/number").asText();

        engine.complete("agent", engine.visibleTask("agent", instanceId), Map.of("triageDecision", "ACCEPT",
                "systemCode", "ambulance-kit", "category", "FAULT", "impact", "PARTIAL_OUTAGE", "priority", "P3"));
        engine.complete("agent", engine.visibleTask("agent", instanceId), Map.of("assignee", "engineer1"));
        Map<String, Object> support = new HashMap<>();
        support.put("supportMode", "HOTLINE");
        support.put("supportStartedAt", EngineRest.minutesAgo(30));
        support.put("supportEndedAt", EngineRest.minutesAgo(20));
        support.put("supportNotes", "指导重新配置平板 APN");
        support.put("supportOutcome", "RESOLVED");
        engine.complete("engineer1", engine.visibleTask("engineer1", instanceId), support);
        engine.complete("engineer1", engine.visibleTask("engineer1", instanceId), Map.of("faultType",
                "CONFIGURATION", "rootCause", "平板 APN 配置错误", "resolution", "重新配置 APN，上传恢复"));
        engine.complete("it-zhanjiang", engine.visibleTask("it-zhanjiang", instanceId), Map.of("confirmation",
                "CONFIRMED", "satisfaction", "GOOD", "feedback", "处理及时"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                http.get("agent", "/api/cases/" + number).json().get("status").asText()).isIn("CLOSED", "ARCHIVED"));
        return number;
    }
}
