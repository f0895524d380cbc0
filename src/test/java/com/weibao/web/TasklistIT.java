package com.weibao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.support.Browser;
import com.weibao.support.EngineRest;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * Camunda Tasklist in a real browser, as the hotline agent sees it: Chinese chrome and form texts (form-js's own
 * placeholders and validation messages too), the phone form's defaults.
 */
class TasklistIT extends IntegrationTest {

    @Test
    void theAgentStartsAPhoneReportInChineseWithTheCallTimeLeftToNow() {
        try (Browser browser = Browser.open(port)) {
            browser.logInToTasklist("agent");
            browser.link("发起流程").click();
            browser.link("电话报修（热线）").click();
            browser.text(".modal-body", "来电日期（可留空）");
            assertThat(browser.visible(".modal-body").getText())
                    .contains("来电号码", "正在接听的来电留空，按提交时刻计")
                    .doesNotContain("Start process");
            browser.text(".modal-body", "请选择");
            assertThat(browser.all(".modal-body input[placeholder]")).extracting(i -> i.getAttribute("placeholder"))
                    .contains("月/日/年", "时:分").doesNotContain("mm/dd/yyyy", "hh:mm");
            browser.screenshot("tasklist-phone-start-agent");

            browser.startProcess();
            browser.text(".modal-body", "此项必填");
            assertThat(browser.visible(".modal-body").getText()).doesNotContain("Field is required");
            browser.screenshot("tasklist-phone-start-required-agent");

            // a call being taken: no call time; the case counts from the moment the form was sent
            String summary = "排队叫号屏不显示 " + UUID.randomUUID().toString().substring(0, 8);
            browser.fill("来电号码", "0759-" + (1000000 + new Random().nextInt(8999999)));
            browser.fill("报修人", "门诊护士");
            browser.choose("合同", "门诊排队叫号系统售后服务（市中医院（示例））");
            browser.fill("问题概要", summary);
            Instant sent = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            browser.startProcess();
            browser.text("body", "流程已发起");
            browser.screenshot("tasklist-phone-started-agent");
            JsonNode found = await().atMost(Duration.ofSeconds(30)).until(() -> http().get("agent",
                    "/api/cases?text=" + EngineRest.encode(summary)).json(), json -> json.at("/items/0/number").isTextual());
            JsonNode created = http().get("agent", "/api/cases/" + found.at("/items/0/number").asText()).json();
            assertThat(Instant.parse(created.get("reportedAt").asText())).isBetween(sent, Instant.now());
        }
    }

    @Test
    void eachRoleOpensOnItsOwnQueues() {
        try (Browser browser = Browser.open(port)) {
            browser.logInToTasklist("agent");
            browser.text("body", "即将超时");
            assertThat(browser.visible("body").getText()).contains("我的任务", "待分级", "待派发", "院方待办");
            browser.text("body", "到期时间");
            browser.screenshot("tasklist-filters-agent");
        }
        try (Browser browser = Browser.open(port)) {
            browser.logInToTasklist("it-renmin");
            browser.text("body", "院方待办");
            assertThat(browser.visible("body").getText()).contains("我的任务").doesNotContain("待分级", "即将超时");
            browser.screenshot("tasklist-filters-it-renmin");
        }
    }

    @Test
    void aGroupTaskSaysWhyItIsGreyedOutAndCockpitNamesHospitalsAndPeople() {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String number = http.post("agent", "/api/cases", caseRequest("认领说明 " + UUID.randomUUID())).json()
                .get("number").asText();
        JsonNode triage = engine.get("agent", "/task?processInstanceBusinessKey=" + number).get(0);
        try (Browser browser = Browser.open(port)) {
            browser.logInToTasklist("agent");
            browser.get("/camunda/app/tasklist/default/#/?task=" + triage.get("id").asText());
            browser.text("body", "此任务尚未认领");
            assertThat(browser.visible(".weibao-claim-hint").getText()).contains("认领");
            browser.text(".task-card .tenant-id", "市人民医院（示例）");
            browser.screenshot("tasklist-unclaimed-triage-agent");
            browser.visible("button.claim").click();
            await().atMost(Duration.ofSeconds(10)).until(() -> !browser.isShown(".weibao-claim-hint"));
        }
        engine.complete("agent", engine.get("agent", "/task?processInstanceBusinessKey=" + number).get(0),
                Map.of("triageDecision", "ACCEPT", "systemCode", "einvoice-app", "category", "FAULT",
                        "priority", "P3"));

        try (Browser browser = Browser.open(port)) {
            browser.get("/camunda/app/cockpit/default/");
            browser.visible("input[type=text]").sendKeys("manager");
            browser.visible("input[type=password]").sendKeys("manager");
            browser.visible("button[type=submit]").click();
            WebElement search = browser.visible("input[placeholder^='工单号']");
            search.sendKeys(number);
            browser.all("button").stream().filter(b -> "查询".equals(b.getText())).findFirst().orElseThrow().click();
            browser.text("body", "市人民医院（示例）");
            browser.link("流程历史").click();
            browser.text("body", "王丽 热线坐席");
            assertThat(browser.visible("body").getText()).doesNotContain("renmin");
            browser.screenshot("cockpit-case-history-manager");
        }
    }
}
