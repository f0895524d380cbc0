package com.weibao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.support.Browser;
import com.weibao.support.EngineRest;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's quick start as its Chinese users see it: every task of a case, opened in Tasklist by the user whose
 * turn it is, and the Cockpit history at the end, show no English chrome, no engine codes, no login ids and no UTC
 * times. The forms are filled over Tasklist's own API (the form filling itself is {@link TasklistIT}'s subject);
 * what is looked at is what each person sees.
 */
class QuickStartIT extends IntegrationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Tasklist's and form-js's English, and the values Weibao keeps as codes. */
    private static final List<String> NOT_SHOWN = List.of("Claim", "Complete", "Start process", "Field is required",
            "Select", "Nothing to show", "FAULT", "PAYMENT_DOWN", "PHONE", "HOTLINE", "EXCELLENT", "INTERFACE",
            "renmin", "engineer1", "ENGINE-", "Exception", "null");
    private static final Pattern ISO_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

    @Test
    void eachPersonOfTheQuickStartSeesTheirTaskInChinese() {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String marker = "快速开始 " + UUID.randomUUID().toString().substring(0, 8);
        String instance;
        try (Browser browser = Browser.open(port)) {
            browser.logInToTasklist("agent");
            browser.link("发起流程").click();
            browser.link("工单处理（HelpDesk CASE）").click();
            browser.text(".modal-body", "登记报修");
            browser.choose("合同", "医院电子票据系统维护服务（两年）（市人民医院（示例））");
            browser.fill("报修人", "王护士");
            browser.fill("科室", "门诊收费处");
            browser.fill("联系电话", "020-12345678");
            browser.choose("对业务的影响", "收费或支付无法进行");
            browser.fill("问题概要", "收费窗口无法开具电子票据 " + marker);
            browser.fill("问题描述", "开票时提示证书无效");
            String form = browser.visible(".modal-body").getText();
            browser.screenshot("quickstart-2-register-agent");
            assertThat(form).doesNotContain(NOT_SHOWN).doesNotContain("e-invoice", "合同编号", "系统编号");
            browser.startProcess();
            // the agent reads the case number to the caller at once
            Pattern told = Pattern.compile("工单号 (\\S+)，请告知报修人");
            String registered = await().atMost(Duration.ofSeconds(30))
                    .until(() -> browser.visible("body").getText(), text -> told.matcher(text).find());
            browser.screenshot("quickstart-2-registered-agent");
            Matcher number = told.matcher(registered);
            assertThat(number.find()).isTrue();
            JsonNode kase = http.get("agent", "/api/cases/" + number.group(1)).json();
            assertThat(kase.get("summary").asText()).contains(marker);
            instance = engine.get("agent", "/process-instance?businessKey=" + number.group(1)).get(0).get("id").asText();
        }
        look("agent", engine.visibleTask("agent", instance), "确认工单分级", "quickstart-3-triage-agent");
        engine.complete("agent", engine.visibleTask("agent", instance), Map.of("triageDecision", "ACCEPT",
                "systemCode", "einvoice-app", "category", "FAULT", "impact", "PAYMENT_DOWN", "priority", "P2",
                "faultType", "INTERFACE"));

        look("agent", engine.visibleTask("agent", instance), "派发工单", "quickstart-4-dispatch-agent");
        engine.complete("agent", engine.visibleTask("agent", instance), Map.of("assignee", "engineer1"));

        look("engineer1", engine.visibleTask("engineer1", instance), "处理工单", "quickstart-5-support-engineer1");
        OffsetDateTime begun = OffsetDateTime.now(SHANGHAI).minusMinutes(40).truncatedTo(ChronoUnit.MINUTES);
        engine.complete("engineer1", engine.visibleTask("engineer1", instance), Map.of("supportMode", "HOTLINE",
                "supportStartedAt", begun.toString(), "supportEndedAt", begun.plusMinutes(25).toString(),
                "supportNotes", "电话指导更新证书", "supportOutcome", "RESOLVED"));

        look("engineer1", engine.visibleTask("engineer1", instance), "填写解决方案", "quickstart-5-resolve-engineer1");
        engine.complete("engineer1", engine.visibleTask("engineer1", instance), Map.of("faultType", "INTERFACE",
                "rootCause", "财政电子票据平台证书过期", "resolution", "更新证书，重启接口服务，开票恢复"));

        look("it-renmin", engine.visibleTask("it-renmin", instance), "确认解决结果", "quickstart-6-confirm-it-renmin");
        engine.complete("it-renmin", engine.visibleTask("it-renmin", instance), Map.of("confirmation", "CONFIRMED",
                "satisfaction", "EXCELLENT", "feedback", "处理及时"));

        String number = http.get("agent", "/api/cases?text=" + EngineRest.encode(marker)).json()
                .at("/items/0/number").asText();
        try (Browser browser = Browser.open(port)) {
            browser.get("/camunda/app/cockpit/default/");
            browser.visible("input[type=text]").sendKeys("manager");
            browser.visible("input[type=password]").sendKeys("manager");
            browser.visible("button[type=submit]").click();
            browser.visible("input[placeholder^='工单号']").sendKeys(number);
            browser.all("button").stream().filter(b -> "查询".equals(b.getText())).findFirst().orElseThrow().click();
            browser.text("body", "市人民医院（示例）");
            browser.link("流程历史").click();
            browser.text("body", "张伟 工程师");
            String page = browser.visible("body").getText();
            assertThat(page).contains("确认工单分级", "王丽 热线坐席", "市人民医院（示例） 信息科")
                    .doesNotContain("renmin", "engineer1");
            assertThat(ISO_TIME.matcher(page).find()).as("times in Beijing time, not ISO UTC").isFalse();
            browser.screenshot("quickstart-8-cockpit-manager");
        }
    }

    /** Opens the task in Tasklist as its user and checks what the screen says. */
    private void look(String user, JsonNode task, String taskName, String screenshot) {
        assertThat(task).as("a task for " + user).isNotNull();
        try (Browser browser = Browser.open(port)) {
            browser.logInToTasklist(user);
            browser.get("/camunda/app/tasklist/default/#/?task=" + task.get("id").asText());
            browser.text("body", taskName);
            browser.visible(".fjs-container");
            browser.text(".fjs-container", "工单");
            browser.text(".task-card .tenant-id", "市人民医院（示例）");
            String shown = browser.visible("body").getText();
            browser.screenshot(screenshot);
            assertThat(shown).as("%s's Tasklist on %s", user, taskName).doesNotContain(NOT_SHOWN);
            assertThat(ISO_TIME.matcher(shown).find()).as("no ISO/UTC time on %s", taskName).isFalse();
        }
    }
}
