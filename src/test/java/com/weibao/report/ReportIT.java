package com.weibao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.support.EngineRest;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Contract reports over HTTP with the demo data: a case reported now shows in this month's draft; the documents
 * download and parse; another hospital gets 404, a clinical department 403, a period that is none 400.
 */
class ReportIT extends IntegrationTest {

    private static final String E_INVOICE = "e-invoice";
    private static final String MONTH = YearMonth.now(ReportPeriod.ZONE).toString();
    private static final String DRAFT = "/api/reports/" + E_INVOICE + "/" + MONTH;

    @Test
    void aCaseReportedNowIsCountedInThisMonthsDraft() {
        Http http = http();
        JsonNode before = draft(http, "it-renmin");

        Http.Response created = http.post("agent", "/api/cases", caseRequest("报表统计 " + UUID.randomUUID()));
        assertThat(created.status()).as(created.text()).isEqualTo(201);

        JsonNode after = draft(http, "lead");
        assertThat(after.at("/header/contractCode").asText()).isEqualTo(E_INVOICE);
        assertThat(after.at("/header/period/name").asText()).isEqualTo(MONTH);
        assertThat(received(after) - received(before)).isEqualTo(1);
        assertThat(count(after, "byChannel", "PHONE") - count(before, "byChannel", "PHONE")).isEqualTo(1);
        assertThat(count(after, "bySystem", "einvoice-app") - count(before, "bySystem", "einvoice-app")).isEqualTo(1);
        assertThat(after.at("/cases/openAtEnd").asInt() - before.at("/cases/openAtEnd").asInt()).isEqualTo(1);
        assertThat(after.get("inspections").has("planned")).isTrue();
        assertThat(after.at("/satisfaction/0/source").asText()).isEqualTo("报修方确认");
        assertThat(after.at("/satisfaction/1/source").asText()).isEqualTo("电话回访");
    }

    @Test
    void theDocumentsDownloadAndOpen() throws Exception {
        Http http = http();
        Http.Response docx = http.get("it-renmin", DRAFT + "/report.docx");
        assertThat(docx.status()).as(docx.text()).isEqualTo(200);
        assertThat(docx.header("Content-Type")).startsWith(ReportController.DOCX.toString());
        assertThat(docx.header("Content-Disposition")).contains("attachment", ".docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            assertThat(new XWPFWordExtractor(doc).getText()).contains("维保服务月报", "签字确认", "医院信息科（甲方）");
            assertThat(doc.getCharts()).hasSizeGreaterThanOrEqualTo(2);
        }
        Http.Response xlsx = http.get("manager", DRAFT + "/report.xlsx");
        assertThat(xlsx.status()).as(xlsx.text()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(wb.getSheet("工单等级").getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void reportsStayWithTheirHospital() {
        Http http = http();
        for (String path : new String[] {DRAFT, DRAFT + "/report.docx", DRAFT + "/report.xlsx",
                "/api/reports?contract=" + E_INVOICE}) {
            Http.Response foreign = http.get("it-fuscc", path);
            assertThat(foreign.status()).as(path).isEqualTo(404);
            assertThat(foreign.text()).doesNotContain("电子票据");
            assertThat(http.get("clinical-renmin", path).status()).as("clinical department, " + path).isEqualTo(403);
        }
        assertThat(http.get("it-fuscc", "/api/reports").json().get("periods"))
                .extracting(l -> l.get("contract").asText()).containsOnly("fuscc-internet-hospital")
                .as("month, quarter, year, and the quarter's and year's assessment").hasSize(5);
        assertThat(http.get("clinical-renmin", "/api/reports").json().get("periods")).isEmpty();
        assertThat(http.get("manager", "/api/reports").json().get("periods")).extracting(l -> l.get("contract").asText())
                .contains(E_INVOICE, "zhanjiang-5g-emergency", "fuscc-internet-hospital");
        assertThat(http.get(null, DRAFT).status()).isEqualTo(401);
    }

    @Test
    void aReviewOnDemandReleasedReturnedRevisedAcknowledgedAndArchived() throws Exception {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String path = "/api/reports/" + E_INVOICE + "/2026-01";
        assertThat(http.post("it-fuscc", path, Map.of()).status()).as("another hospital's contract").isEqualTo(404);
        assertThat(http.post("it-renmin", path, Map.of()).status()).as("the hospital does not draft").isEqualTo(403);
        Http.Response started = http.post("manager", path, Map.of());
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        assertThat(http.post("lead", path, Map.of()).status()).as("once per period").isEqualTo(409);

        String byKey = "/task?processInstanceBusinessKey=" + EngineRest.encode(E_INVOICE + "/2026-01");
        JsonNode review = await().atMost(Duration.ofSeconds(30)).until(() -> engine.get("manager", byKey),
                tasks -> tasks.size() == 1).get(0);
        assertThat(review.get("taskDefinitionKey").asText()).isEqualTo("Task_ReviewReport");
        assertThat(engine.get("it-renmin", byKey)).as("not the hospital's task yet").isEmpty();
        engine.complete("manager", review, Map.of("summary", "一月系统运行平稳", "improvements", "加强巡检"));

        JsonNode acknowledge = engine.get("it-renmin", byKey).get(0);
        assertThat(acknowledge.get("taskDefinitionKey").asText()).isEqualTo("Task_AcknowledgeReport");
        assertThat(engine.get("it-fuscc", byKey)).as("another hospital's IT").isEmpty();
        engine.complete("it-renmin", acknowledge, Map.of("reportDecision", "RETURNED", "remarks", "请补充故障分析"));

        JsonNode revise = engine.get("manager", byKey).get(0);
        assertThat(revise.get("taskDefinitionKey").asText()).isEqualTo("Task_ReviewReport");
        assertThat(stored(http, "2026-01").get("status").asText()).isEqualTo("RETURNED");
        assertThat(stored(http, "2026-01").get("remarks").asText()).isEqualTo("请补充故障分析");
        engine.complete("manager", revise, Map.of("summary", "一月系统运行平稳，已补充故障分析", "improvements", "加强巡检"));
        engine.complete("it-renmin", engine.get("it-renmin", byKey).get(0), Map.of("reportDecision", "ACKNOWLEDGED"));

        JsonNode archived = await().atMost(Duration.ofSeconds(30)).until(() -> stored(http, "2026-01"),
                r -> r.get("status").asText().equals("ARCHIVED"));
        assertThat(archived.get("acknowledgedBy").asText()).isEqualTo("it-renmin");
        assertThat(archived.get("releasedBy").asText()).isEqualTo("manager");
        assertThat(archived.get("revision").asInt()).isEqualTo(2);
        byte[] first = http.get("it-renmin", path + "/report.docx").body();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(first))) {
            assertThat(new XWPFWordExtractor(doc).getText()).contains("工作总结：一月系统运行平稳，已补充故障分析");
        }
        assertThat(http.get("manager", path + "/report.docx").body()).as("archived: the stored document").isEqualTo(first);
    }

    private static JsonNode stored(Http http, String period) {
        for (JsonNode r : http.get("manager", "/api/reports?contract=" + E_INVOICE).json().get("reports")) {
            if (r.get("period").asText().equals(period)) {
                return r;
            }
        }
        return null;
    }

    @Test
    void aPeriodThatIsNoneIsAProblem() {
        Http.Response bad = http().get("lead", "/api/reports/" + E_INVOICE + "/2026-13");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("period");
    }

    private static JsonNode draft(Http http, String user) {
        Http.Response r = http.get(user, DRAFT);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json();
    }

    private static int received(JsonNode report) {
        return report.at("/cases/received").asInt();
    }

    private static int count(JsonNode report, String split, String key) {
        for (JsonNode c : report.at("/cases/" + split)) {
            if (c.get("key").asText().equals(key)) {
                return c.get("count").asInt();
            }
        }
        return 0;
    }
}
