package com.weibao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.support.Browser;
import com.weibao.support.EngineRest;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import com.weibao.support.TestMail;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The web pages in a real browser, as each kind of user uses them: log in, search, open a case with its history,
 * download its fault report, the inspections, the quarantine; a hospital's user sees nothing of another hospital.
 * Each step leaves a screenshot in target/screenshots.
 */
class WebPagesIT extends IntegrationTest {

    private static final String RENMIN = "市人民医院（示例）";
    private static final String ZHANJIANG_CONTRACT = "zhanjiang-5g-emergency";

    @Test
    void aWrongPasswordIsToldInChinese() {
        try (Browser browser = Browser.open(port)) {
            browser.get("/");
            browser.screenshot("login");
            browser.logIn("agent", "not-the-password");

            browser.text("#login-error", "用户名或密码不正确");
            assertThat(browser.isShown("#search-panel")).isFalse();
        }
    }

    @Test
    void theDeskSearchesOpensACaseWithItsHistoryAndDownloadsItsFaultReport() throws IOException {
        String marker = marker();
        String number = archivedCase(marker);

        try (Browser browser = Browser.open(port)) {
            searchAs(browser, "agent", marker, number);
            List<WebElement> rows = browser.all("#results tbody tr");
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).getText()).contains(number, "已归档", RENMIN, "电子票据系统（应用）", "王护士");
            browser.screenshot("cases-agent");

            browser.link(number).click();
            browser.text("#detail h2", number);
            assertThat(browser.visible("#detail").getText()).as("labels, not codes").contains("已归档", "P1 一级",
                    "故障", "电话", "接口故障", "优", "热线", "登记", "分级受理", "派工", "处理", "报修方确认", "出具故障报告",
                    "归档", "故障报告");
            assertThat(browser.all("#detail dd")).extracting(WebElement::getText)
                    .noneMatch(value -> value.matches("[A-Z_]{3,}"));
            List<WebElement> history = browser.all("#detail table:last-of-type tbody tr");
            assertThat(history).hasSizeGreaterThanOrEqualTo(9).extracting(row -> row.findElements(By.tagName("td")))
                    .allSatisfy(cells -> assertThat(cells.get(2).getText() + cells.get(3).getText())
                            .doesNotContainPattern("[A-Z_]{3,}"));
            browser.screenshot("case-detail-agent");
            browser.screenshot("case-history-agent", "#detail table:last-of-type");

            String fileName = number + "-故障处理报告.docx";
            browser.link(fileName).click();
            try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(browser.downloaded(fileName)));
                 XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
                assertThat(text.getText()).contains("故障处理报告", number, RENMIN, marker);
            }
        }
    }

    @Test
    void aHospitalsUserSeesOnlyTheirHospitalsCasesOnThePage() {
        String marker = marker();
        Http http = http();
        String own = http.post("agent", "/api/cases", caseRequest("院内报修 " + marker)).json().get("number").asText();
        Map<String, Object> foreignRequest = caseRequest("他院报修 " + marker);
        foreignRequest.put("contract", "queue-call");
        foreignRequest.put("system", "triage-desk");
        foreignRequest.put("impact", "FUNCTION_IMPAIRED");
        Http.Response foreignCreated = http.post("agent", "/api/cases", foreignRequest);
        assertThat(foreignCreated.status()).as(foreignCreated.text()).isEqualTo(201);
        String foreign = foreignCreated.json().get("number").asText();

        try (Browser browser = Browser.open(port)) {
            searchAs(browser, "it-renmin", marker, own);
            assertThat(browser.all("#results tbody tr")).extracting(WebElement::getText)
                    .singleElement().asString().contains(own, RENMIN).doesNotContain(foreign);
            assertThat(browser.all("#search select[name=contract] option")).extracting(WebElement::getText)
                    .allSatisfy(contract -> assertThat(contract).isIn("全部", RENMIN + " · 医院电子票据系统维护服务（两年）"));
            assertThat(browser.isShown("#quarantine-link")).as("the quarantine is the vendor's").isFalse();
            browser.screenshot("cases-it-renmin");

            browser.get("/?case=" + foreign);
            browser.text("#search-error", "未找到，或您无权查看");
            assertThat(browser.isShown("#detail-panel")).isFalse();
            assertThat(browser.visible("main").getText()).doesNotContain("他院报修");
            browser.screenshot("case-of-another-hospital-it-renmin");
        }
    }

    @Test
    void aLeadOpensTheQuarantineAndMayReprocessOrPutAside() {
        String marker = marker();
        TestMail broken = TestMail.from("u" + marker + "@renmin.example", HELPDESK, "坏邮件 " + marker)
                // uuencode without its "begin" line: nothing can read it
                .header("Content-Transfer-Encoding", "x-uuencode")
                .line("").line("M86QL;&]W97)L9\"!T:&ES(&ES(&YO=\"!U=65N8V]D960@=&5X=`H`").line("end");
        TestMail.send(MAIL.getSmtp().getPort(), broken.bytes(), HELPDESK);
        await().atMost(Duration.ofSeconds(60)).until(() -> http().get("lead", "/api/quarantine?channel=EMAIL&size=500").text()
                .contains(marker));

        try (Browser browser = Browser.open(port)) {
            browser.get("/");
            browser.logIn("lead");
            browser.link("隔离区").click();
            browser.text("#quarantine tbody", marker);
            WebElement row = browser.all("#quarantine tbody tr").stream()
                    .filter(r -> r.getText().contains(marker)).findFirst().orElseThrow();
            assertThat(row.getText()).contains("邮件", "待处理", "@renmin.example", "坏邮件");
            assertThat(row.findElements(By.tagName("button"))).extracting(WebElement::getText)
                    .containsExactly("下载原始内容", "重新处理", "搁置");
            assertThat(browser.all("#quarantine-status option")).extracting(WebElement::getText)
                    .containsExactly("待处理", "按规则忽略", "已重新处理", "已搁置");
            browser.screenshot("quarantine-lead");
        }
    }

    @Test
    void theInspectionsPageShowsAContractsPlansAndOneInspection() {
        String reason = "机房空调告警后临时巡检 " + marker();
        Http.Response started = http().post("it-zhanjiang", "/api/contracts/" + ZHANJIANG_CONTRACT + "/inspections",
                Map.of("reason", reason));
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        String reference = started.json().get("reference").asText();

        try (Browser browser = Browser.open(port)) {
            browser.get("/inspections.html");
            browser.logIn("it-zhanjiang");
            browser.text("#contract", "巡检记录");
            assertThat(browser.all("#choose select[name=contract] option")).extracting(WebElement::getText)
                    .allSatisfy(contract -> assertThat(contract).startsWith("湛江"));
            assertThat(browser.visible("#contract").getText()).contains("巡检汇总", "临床科室", "信息科", "巡检中");
            browser.screenshot("inspections-it-zhanjiang");

            browser.link(reference).click();
            browser.text("#inspection h2", reference);
            assertThat(browser.visible("#inspection").getText())
                    .contains("巡检中", "临时巡检：" + reason, "检查结果", "签字记录", "发起")
                    .doesNotContain("IN_PROGRESS", "ON_DEMAND", "REQUESTED");
            browser.screenshot("inspection-detail-it-zhanjiang");
            browser.screenshot("inspection-history-it-zhanjiang", "#inspection table:last-of-type");
        }

        try (Browser browser = Browser.open(port)) {
            browser.get("/inspections.html?contract=" + ZHANJIANG_CONTRACT);
            browser.logIn("engineer1");
            browser.link(reference);
            browser.screenshot("inspections-engineer1");
            browser.get("/");
            browser.visible("#results tbody tr");
            assertThat(browser.visible("header nav a[aria-current=page]").getText()).isEqualTo("工单查询");
            browser.screenshot("cases-engineer1");
            browser.link("微信绑定").click();
            browser.visible("#bindings");
            assertThat(browser.visible("#profile-panel").getText()).contains("获取绑定码", "已绑定");
            browser.screenshot("wechat-binding-engineer1");
        }
    }

    /** Logs in on the case page and searches by keyword, until the expected case shows. */
    private static void searchAs(Browser browser, String user, String text, String expectedNumber) {
        browser.get("/");
        browser.logIn(user);
        browser.visible("#search input[name=text]").sendKeys(text);
        browser.visible("#search button[type=submit]").click();
        browser.link(expectedNumber);
    }

    /** A case run through Tasklist's steps to the archive, with its fault report; its number. */
    private String archivedCase(String marker) {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String number = http.post("agent", "/api/cases", caseRequest("开票报错 " + marker)).json().get("number").asText();
        String instance = engine.get("agent", "/task?processInstanceBusinessKey=" + number).get(0)
                .get("processInstanceId").asText();
        engine.complete("agent", engine.visibleTask("agent", instance), Map.of("triageDecision", "ACCEPT",
                "systemCode", "einvoice-app", "category", "FAULT", "impact", "PAYMENT_DOWN", "priority", "P1"));
        engine.complete("agent", engine.visibleTask("agent", instance), Map.of("assignee", "engineer1"));
        Map<String, Object> support = new HashMap<>();
        support.put("supportMode", "HOTLINE");
        support.put("supportStartedAt", EngineRest.minutesAgo(30));
        support.put("supportEndedAt", EngineRest.minutesAgo(10));
        support.put("supportNotes", "电话指导更新证书");
        support.put("supportOutcome", "RESOLVED");
        engine.complete("engineer1", engine.visibleTask("engineer1", instance), support);
        engine.complete("engineer1", engine.visibleTask("engineer1", instance), Map.of("faultType", "INTERFACE",
                "rootCause", "票据平台证书过期（" + marker + "）", "resolution", "更新证书后开票恢复"));
        engine.complete("it-renmin", engine.visibleTask("it-renmin", instance), Map.of("confirmation", "CONFIRMED",
                "satisfaction", "EXCELLENT"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode archived = http.get("agent", "/api/cases/" + number).json();
            assertThat(archived.get("status").asText()).isEqualTo("ARCHIVED");
            assertThat(archived.get("attachments")).extracting(a -> a.get("kind").asText()).contains("FAULT_REPORT");
        });
        return number;
    }


    private static String marker() {
        return "W" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
