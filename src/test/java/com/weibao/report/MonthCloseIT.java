package com.weibao.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.support.Browser;
import com.weibao.support.EngineRest;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A month's close for every seed contract, as the README tells a service manager to run it: last month's report and
 * this year's maintenance assessment (维保考核) started over the API, reviewed and released by the manager in Tasklist
 * (its REST API), acknowledged (签收) by the contract's hospital IT user, archived; the archived documents are parsed
 * back with POI (the assessment's chart carries the scores of its table). The assessment's endpoints keep to their
 * hospital.
 */
class MonthCloseIT extends IntegrationTest {

    @Autowired
    private Clock clock;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "nanshan-report,          it-nanshan",
            "e-invoice,               it-renmin",
            "queue-call,              it-zhongyi",
            "fuscc-internet-hospital, it-fuscc",
            "zhanjiang-5g-emergency,  it-zhanjiang"})
    void lastMonthsReportAndThisYearsAssessmentAreReviewedReleasedAndAcknowledged(String contract, String hospitalIt)
            throws Exception {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        LocalDate today = LocalDate.now(clock.withZone(ReportPeriod.ZONE));
        String month = YearMonth.from(today).minusMonths(1).toString();
        String year = String.valueOf(today.getYear());

        Http.Response report = http.post("manager", "/api/reports/" + contract + "/" + month, Map.of());
        assertThat(report.status()).as(report.text()).isEqualTo(201);
        Http.Response assessment = http.post("manager", "/api/reports/" + contract + "/" + year + "/assessment",
                Map.of());
        assertThat(assessment.status()).as(assessment.text()).isEqualTo(201);
        assertThat(assessment.json().get("document").asText()).isEqualTo("ASSESSMENT");
        assertThat(http.post("lead", "/api/reports/" + contract + "/" + year + "/assessment", Map.of()).status())
                .as("once per period").isEqualTo(409);

        close(engine, http, contract, hospitalIt, contract + "/" + month, month, "REPORT",
                YearMonth.parse(month).getYear() + "年" + YearMonth.parse(month).getMonthValue() + "月月报");
        close(engine, http, contract, hospitalIt, contract + "/" + year + "/assessment", year, "ASSESSMENT",
                year + "年度维保考核");

        byte[] monthly = http.get(hospitalIt, "/api/reports/" + contract + "/" + month + "/report.docx").body();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(monthly))) {
            assertThat(new XWPFWordExtractor(doc).getText()).contains("维保服务月报", "电话回访", "报修方确认",
                    "工作总结：" + month + " 运行平稳");
        }
        Http.Response docx = http.get(hospitalIt, "/api/reports/" + contract + "/" + year + "/assessment.docx");
        assertThat(docx.status()).as(docx.text()).isEqualTo(200);
        assertThat(docx.header("Content-Disposition")).contains("attachment", ".docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            String text = new XWPFWordExtractor(doc).getText();
            assertThat(text).contains(year + "年度维保考核", "考核等级", "考核依据", "签字确认", "医院信息科（甲方）",
                    "考核说明：" + year + " 年度考核");
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW()).hasToString("11906");
            XWPFTable scores = doc.getTables().get(2);
            assertThat(scores.getRow(0).getCell(0).getText()).isEqualTo("考核项");
            List<String> names = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            for (XWPFTableRow row : scores.getRows().subList(1, scores.getRows().size())) {
                if (!row.getCell(2).getText().equals("不适用")) {
                    names.add(row.getCell(0).getText());
                    values.add(Double.parseDouble(row.getCell(2).getText()));
                }
            }
            assertThat(names).as("complaints are always scored").isNotEmpty();
            XWPFChart chart = doc.getCharts().get(0);
            assertThat(chart.getCTChart().getTitle().getTx().getRich().getPArray(0).getRArray(0).getT())
                    .isEqualTo(AssessmentDocuments.CHART_SCORES);
            var series = chart.getChartSeries().get(0).getSeries(0);
            List<String> chartNames = new ArrayList<>();
            List<Double> chartValues = new ArrayList<>();
            for (int i = 0; i < series.getCategoryData().getPointCount(); i++) {
                chartNames.add((String) series.getCategoryData().getPointAt(i));
                chartValues.add(((Number) series.getValuesData().getPointAt(i)).doubleValue());
            }
            assertThat(chartNames).isEqualTo(names);
            assertThat(chartValues).isEqualTo(values);
        }
        Http.Response xlsx = http.get("manager", "/api/reports/" + contract + "/" + year + "/assessment.xlsx");
        assertThat(xlsx.status()).as(xlsx.text()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = wb.getSheet("考核项");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("考核项");
            assertThat(wb.getSheet("考核依据")).isNotNull();
        }
    }

    /** Reviewed and released by the manager, acknowledged by the hospital's IT user, archived. */
    private static void close(EngineRest engine, Http http, String contract, String hospitalIt, String businessKey,
                              String period, String document, String title) {
        String byKey = "/task?processInstanceBusinessKey=" + EngineRest.encode(businessKey);
        JsonNode review = await().atMost(Duration.ofSeconds(60)).until(() -> engine.get("manager", byKey),
                tasks -> tasks.size() == 1).get(0);
        assertThat(review.get("taskDefinitionKey").asText()).isEqualTo("Task_ReviewReport");
        assertThat(engine.formVariables("manager", review.get("id").asText()).at("/reportTitle/value").asText())
                .isEqualTo(title);
        assertThat(engine.get(hospitalIt, byKey)).as("not the hospital's task yet").isEmpty();
        String summary = document.equals("ASSESSMENT") ? period + " 年度考核：各项达标" : period + " 运行平稳";
        engine.complete("manager", review, Map.of("summary", summary, "improvements", "加强巡检"));

        JsonNode acknowledge = engine.get(hospitalIt, byKey).get(0);
        assertThat(acknowledge.get("taskDefinitionKey").asText()).isEqualTo("Task_AcknowledgeReport");
        assertThat(engine.get(otherIt(hospitalIt), byKey))
                .as("another hospital's IT").isEmpty();
        engine.complete(hospitalIt, acknowledge, Map.of("reportDecision", "ACKNOWLEDGED"));

        JsonNode archived = await().atMost(Duration.ofSeconds(60)).until(
                () -> stored(http, contract, period, document), r -> r != null && r.get("status").asText()
                        .equals("ARCHIVED"));
        assertThat(archived.get("acknowledgedBy").asText()).isEqualTo(hospitalIt);
        assertThat(archived.get("releasedBy").asText()).isEqualTo("manager");
        assertThat(archived.get("title").asText()).isEqualTo(title);
    }

    private static String otherIt(String hospitalIt) {
        return hospitalIt.equals("it-fuscc") ? "it-renmin" : "it-fuscc";
    }

    private static JsonNode stored(Http http, String contract, String period, String document) {
        for (JsonNode r : http.get("manager", "/api/reports?contract=" + contract).json().get("reports")) {
            if (r.get("period").asText().equals(period) && r.get("document").asText().equals(document)) {
                return r;
            }
        }
        return null;
    }

    @Test
    void theAssessmentStaysWithItsHospital() {
        Http http = http();
        String year = String.valueOf(LocalDate.now(clock.withZone(ReportPeriod.ZONE)).getYear());
        String base = "/api/reports/e-invoice/" + year + "/assessment";
        for (String path : new String[] {base, base + ".docx", base + ".xlsx"}) {
            Http.Response foreign = http.get("it-fuscc", path);
            assertThat(foreign.status()).as(path).isEqualTo(404);
            assertThat(foreign.text()).doesNotContain("电子票据", "考核");
            assertThat(http.get("clinical-renmin", path).status()).as("clinical department, " + path).isEqualTo(403);
            assertThat(http.get(null, path).status()).isEqualTo(401);
        }
        Http.Response foreignStart = http.post("it-fuscc", base, Map.of());
        assertThat(foreignStart.status()).isEqualTo(404);
        assertThat(foreignStart.text()).doesNotContain("电子票据");
        assertThat(http.post("it-renmin", base, Map.of()).status()).as("the hospital does not draft").isEqualTo(403);

        JsonNode own = http.get("it-renmin", base).json();
        assertThat(own.at("/header/contractCode").asText()).isEqualTo("e-invoice");
        assertThat(own.get("gradeLabel").asText()).isIn("优秀", "良好", "合格", "不合格", "不予评定");
        assertThat(own.get("scores")).extracting(s -> s.get("code").asText())
                .containsExactly("SLA", "INSPECTIONS", "REPORTS", "SATISFACTION", "COMPLAINTS");
    }

    @Test
    void aPeriodTheContractIsNotAssessedByIsAProblem() {
        Http.Response bad = http().get("lead", "/api/reports/zhanjiang-5g-emergency/2026-Q1/assessment");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("period");
        assertThat(bad.text()).contains("年度");
        assertThat(http().post("manager", "/api/reports/e-invoice/2026-11/assessment", Map.of()).status())
                .isEqualTo(400);
    }

    /**
     * The review task of an assessment as the service manager sees it in Tasklist: its title, the download links and
     * the two texts to write (screenshot report-assessment-review.png); the draft's Word file is kept beside it
     * (target/screenshots/report-assessment.docx) to be looked at as PDF.
     */
    @Test
    void theAssessmentsReviewTaskInTasklist() throws Exception {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String year = String.valueOf(LocalDate.now(clock.withZone(ReportPeriod.ZONE)).getYear() - 1);
        String path = "/api/reports/zhanjiang-5g-emergency/" + year + "/assessment";
        Http.Response started = http.post("manager", path, Map.of());
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        String byKey = "/task?processInstanceBusinessKey="
                + EngineRest.encode("zhanjiang-5g-emergency/" + year + "/assessment");
        String taskId = await().atMost(Duration.ofSeconds(60)).until(() -> engine.get("manager", byKey),
                tasks -> tasks.size() == 1).get(0).get("id").asText();
        assertThat(engine.claim("manager", taskId).status()).isEqualTo(204);

        try (Browser browser = Browser.open(port)) {
            browser.logInToTasklist("manager");
            browser.get("/camunda/app/tasklist/default/#/?task=" + taskId);
            WebElement form = browser.text(".fjs-container", year + "年度维保考核");
            assertThat(form.getText()).contains("下载 Word", "下载 Excel", "工作总结", "改进措施");
            browser.screenshot("report-assessment-review");
        }
        Path docx = Path.of("target", "screenshots", "report-assessment.docx");
        Files.createDirectories(docx.getParent());
        Files.write(docx, http.get("manager", path + ".docx").body());
    }
}
