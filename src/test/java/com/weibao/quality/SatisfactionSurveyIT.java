package com.weibao.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.weibao.support.Browser;
import com.weibao.support.EngineRest;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The yearly satisfaction survey of e-invoice (市人民医院) run as the demo users through Camunda's REST API, as
 * Tasklist does: the service manager starts it from the start form (the contract from the dropdown), the callback
 * team calls each department (a forged call id in a completion is refused and changes nothing), the manager writes
 * the summary and improvement measures, and the result document is downloaded by the hospital's IT department and
 * read back with POI: its figures, the departments' answers, the year's callbacks, the manager's texts. The survey's
 * ratings show as source SURVEY in the satisfaction report. Another hospital sees neither the tasks nor the survey;
 * only managers and leads start one (a hospital user given Camunda's right to start is refused by the survey).
 */
class SatisfactionSurveyIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTRACT = "e-invoice";
    private static final String DEPARTMENTS = "门诊收费处，李主任，020-81234561\n住院结算处，王护士长，020-81234562\n"
            + "财务科，020-81234563";

    @Autowired
    private IdentityService identity;
    @Autowired
    private AuthorizationService authorizations;

    @Test
    void aSurveyRunsFromTasklistToItsResultDocument_forTheHospitalOnly() throws Exception {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

        // the start form lists the contracts by name; only managers and leads start, for contracts they may touch
        String startForm = http.get("manager", "/engine-rest/process-definition/key/SatisfactionSurveyProcess"
                + "/deployed-start-form").text();
        assertThat(startForm).contains("\"value\":\"e-invoice\"", "电子票据", "调查科室");
        assertThat(engine.submitStartForm("callback", "SatisfactionSurveyProcess", form(CONTRACT, year, DEPARTMENTS))
                .status()).isEqualTo(403);
        assertThat(engine.submitStartForm("it-renmin", "SatisfactionSurveyProcess", form(CONTRACT, year, DEPARTMENTS))
                .status()).as("a hospital does not even see the definition").isIn(403, 404);
        // leads and managers are members of every hospital; a user of one hospital given Camunda's right to start
        // it is still refused by the survey itself, for another hospital's contract too
        String renminStarter = renminOnlyStarter();
        assertThat(http.get(renminStarter, "/engine-rest/process-definition/key/SatisfactionSurveyProcess"
                + "/deployed-start-form").text()).as("its start form lists its own hospital's contracts only")
                .contains("\"value\":\"e-invoice\"").doesNotContain("fuscc", "复旦", "湛江");
        Http.Response foreignContract = engine.submitStartForm(renminStarter, "SatisfactionSurveyProcess",
                form("fuscc-internet-hospital", year, DEPARTMENTS));
        assertThat(foreignContract.status()).as(foreignContract.text()).isEqualTo(400);
        assertThat(foreignContract.text()).contains("contractCode").doesNotContain("复旦");
        Http.Response badLine = engine.submitStartForm("manager", "SatisfactionSurveyProcess",
                form(CONTRACT, year, "门诊收费处，李主任，020-81234561\n住院结算处 王护士长"));
        assertThat(badLine.status()).as(badLine.text()).isEqualTo(400);
        assertThat(badLine.text()).contains("departments", "第 2 行");
        Http.Response future = engine.submitStartForm("manager", "SatisfactionSurveyProcess",
                form(CONTRACT, year + 1, DEPARTMENTS));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.text()).contains("surveyYear");
        assertThat(surveysOf(http, "manager", CONTRACT)).as("nothing kept of the refused starts").isEmpty();

        Http.Response started = engine.submitStartForm("manager", "SatisfactionSurveyProcess",
                form(CONTRACT, year, DEPARTMENTS));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        String instance = started.json().get("id").asText();
        assertThat(started.json().get("tenantId").asText()).isEqualTo("renmin");
        Http.Response again = engine.submitStartForm("manager", "SatisfactionSurveyProcess",
                form(CONTRACT, year, DEPARTMENTS));
        assertThat(again.status()).as("one survey per contract and year").isEqualTo(400);
        assertThat(again.text()).contains("已经发起过");

        // one call task per department for the callback team; no hospital sees them
        JsonNode calls = engine.get("callback", "/task?processInstanceId=" + instance);
        assertThat(calls).hasSize(3);
        assertThat(engine.get("it-fuscc", "/task?processInstanceId=" + instance)).isEmpty();
        assertThat(engine.get("it-renmin", "/task?processInstanceId=" + instance)).isEmpty();
        assertThat(http.get("it-fuscc", "/engine-rest/task/" + calls.get(0).get("id").asText()).status())
                .isIn(403, 404);
        Map<String, String> taskOfDepartment = new LinkedHashMap<>();
        for (JsonNode call : calls) {
            assertThat(call.get("name").asText()).isEqualTo("电话调查科室满意度");
            JsonNode view = JSON.readTree(engine.formVariables("callback", call.get("id").asText())
                    .at("/surveyCallView/value").asText());
            assertThat(view.get("hospital").asText()).isEqualTo("市人民医院（示例）");
            taskOfDepartment.put(view.get("department").asText(), call.get("id").asText());
            if (view.get("department").asText().equals("门诊收费处")) {
                assertThat(view.get("contact").asText()).isEqualTo("李主任");
                assertThat(view.get("phone").asText()).isEqualTo("020-81234561");
            }
        }
        assertThat(taskOfDepartment).containsOnlyKeys("门诊收费处", "住院结算处", "财务科");

        String outpatient = taskOfDepartment.get("门诊收费处");
        assertThat(engine.claim("callback", outpatient).status()).isEqualTo(204);
        Map<String, Object> forged = new LinkedHashMap<>(Map.of("surveyOutcome", "REACHED", "surveyRating", "POOR",
                "surveyComment", "伪造"));
        forged.put("surveyCallId", 1L);
        Http.Response refused = engine.submitTaskForm("callback", outpatient, forged);
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.text()).contains("surveyCallId");
        Http.Response noRating = engine.submitTaskForm("callback", outpatient, Map.of("surveyOutcome", "REACHED"));
        assertThat(noRating.status()).isEqualTo(400);
        assertThat(noRating.text()).contains("surveyRating");
        assertThat(engine.submitTaskForm("callback", outpatient, Map.of("surveyOutcome", "REACHED",
                "surveyRating", "EXCELLENT", "surveyComment", "开票很快", "surveySuggestions", "希望培训新来的收费员"))
                .status()).isIn(200, 204);

        String inpatient = taskOfDepartment.get("住院结算处");
        assertThat(engine.claim("callback", inpatient).status()).isEqualTo(204);
        Http.Response poorWithoutReason = engine.submitTaskForm("callback", inpatient, Map.of(
                "surveyOutcome", "REACHED", "surveyRating", "POOR"));
        assertThat(poorWithoutReason.status()).isEqualTo(400);
        assertThat(poorWithoutReason.text()).contains("surveyComment");
        assertThat(engine.submitTaskForm("callback", inpatient, Map.of("surveyOutcome", "REACHED",
                "surveyRating", "POOR", "surveyComment", "夜间开票故障两次，等了一个多小时")).status()).isIn(200, 204);

        String finance = taskOfDepartment.get("财务科");
        assertThat(engine.claim("callback", finance).status()).isEqualTo(204);
        assertThat(engine.submitTaskForm("callback", finance, Map.of("surveyOutcome", "NOT_REACHED",
                "surveyComment", "三次无人接听")).status()).isIn(200, 204);

        // the service manager's summary: the results shown, both texts required
        JsonNode summary = engine.visibleTask("manager", instance);
        assertThat(summary.get("name").asText()).isEqualTo("撰写服务总结报告");
        assertThat(engine.visibleTask("callback", instance)).isNull();
        JsonNode summaryView = JSON.readTree(engine.formVariables("manager", summary.get("id").asText())
                .at("/surveySummaryView/value").asText());
        assertThat(summaryView.get("counts").asText()).isEqualTo("优 1（50%）、良 0（0%）、差 1（50%）");
        assertThat(summaryView.get("results").asText()).contains("门诊收费处", "夜间开票故障两次");
        assertThat(engine.claim("manager", summary.get("id").asText()).status()).isEqualTo(204);
        Http.Response noMeasures = engine.submitTaskForm("manager", summary.get("id").asText(),
                Map.of("surveySummary", "全年开票系统运行平稳"));
        assertThat(noMeasures.status()).isEqualTo(400);
        assertThat(noMeasures.text()).contains("improvementMeasures");
        assertThat(engine.submitTaskForm("manager", summary.get("id").asText(), Map.of(
                "surveySummary", "全年开票系统运行平稳，夜间故障响应偏慢。",
                "improvementMeasures", "夜间值班工程师改为双人；收费员季度培训。")).status()).isIn(200, 204);

        // the result document, for the vendor and the hospital's IT department
        JsonNode survey = await().atMost(Duration.ofSeconds(60)).until(() -> surveysOf(http, "manager", CONTRACT),
                list -> !list.isEmpty() && list.get(0).get("status").asText().equals("REPORTED")).get(0);
        long id = survey.get("id").asLong();
        assertThat(survey.get("year").asInt()).isEqualTo(year);
        JsonNode detail = http.get("it-renmin", "/api/quality/surveys/" + id).json();
        assertThat(detail.at("/counts/excellent").asInt()).isEqualTo(1);
        assertThat(detail.at("/counts/poor").asInt()).isEqualTo(1);
        assertThat(detail.get("departments")).hasSize(3);
        assertThat(detail.at("/departments/2/outcome").asText()).isEqualTo("NOT_REACHED");
        Http.Response docx = http.get("it-renmin", "/api/quality/surveys/" + id + "/report.docx");
        assertThat(docx.status()).isEqualTo(200);
        assertThat(docx.header("Content-Type")).contains("wordprocessingml");
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "quality-survey-report.docx"), docx.body());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("《" + year + "年度满意度调查及服务总结报告》", "市人民医院（示例）",
                    "共调查科室 3 个，接通 2 个，未接通 1 个", "门诊收费处", "开票很快", "希望培训新来的收费员",
                    "夜间开票故障两次，等了一个多小时", "三次无人接听", "本年关闭工单",
                    "全年开票系统运行平稳，夜间故障响应偏慢。", "夜间值班工程师改为双人；收费员季度培训。", "赵敏");
            XWPFTable share = doc.getTables().get(1);
            assertThat(rows(share)).containsExactly(List.of("满意度", "科室数", "占比"), List.of("优", "1", "50%"),
                    List.of("良", "0", "0%"), List.of("差", "1", "50%"), List.of("合计", "2", "100%"));
            assertThat(rows(doc.getTables().get(2))).hasSize(4);
        }

        // another hospital: nothing, and no data in the refusal; clinical departments neither
        Http.Response foreign = http.get("it-fuscc", "/api/quality/surveys/" + id);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text()).doesNotContain("门诊收费处", "电子票据", "全年开票");
        Http.Response foreignDocx = http.get("it-fuscc", "/api/quality/surveys/" + id + "/report.docx");
        assertThat(foreignDocx.status()).isEqualTo(404);
        assertThat(foreignDocx.text()).doesNotContain("门诊收费处");
        assertThat(http.get("it-fuscc", "/api/quality/surveys").json()).noneSatisfy(s ->
                assertThat(s.get("id").asLong()).isEqualTo(id));
        assertThat(http.get("clinical-renmin", "/api/quality/surveys/" + id).status()).isEqualTo(404);

        // the satisfaction report counts the survey's ratings as their own source
        JsonNode report = http.get("it-renmin", "/api/quality/contracts/" + CONTRACT + "/satisfaction").json();
        assertThat(report.at("/bySource/SURVEY/excellent").asLong()).isEqualTo(1);
        assertThat(report.at("/bySource/SURVEY/poor").asLong()).isEqualTo(1);
        assertThat(report.get("ratings")).anySatisfy(r -> {
            assertThat(r.get("source").asText()).isEqualTo("SURVEY");
            assertThat(r.get("department").asText()).isEqualTo("住院结算处");
            assertThat(r.get("rating").asText()).isEqualTo("POOR");
        });
    }

    /** The call task and the summary task forms in Tasklist (screenshots quality-survey-call, -summary). */
    @Test
    void theSurveyFormsInTasklist() {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        int lastYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
        Http.Response started = engine.submitStartForm("manager", "SatisfactionSurveyProcess", form("queue-call",
                lastYear, "门诊部，陈主任，020-82234501\n放射科，020-82234502"));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        String instance = started.json().get("id").asText();
        JsonNode calls = engine.get("callback", "/task?processInstanceId=" + instance + "&sortBy=created&sortOrder=asc");
        String first = calls.get(0).get("id").asText();
        assertThat(engine.claim("callback", first).status()).isEqualTo(204);

        try (Browser browser = Browser.open(port)) {
            browser.logInToTasklist("callback");
            browser.get("/camunda/app/tasklist/default/#/?task=" + first);
            WebElement form = browser.text(".fjs-container", "调查话术");
            assertThat(form.getText()).contains("满意度调查", "市中医院（示例）", "是否接通", "已接通", "未接通", "改进建议");
            browser.screenshot("quality-survey-call");
        }
        engine.submitTaskForm("callback", first, Map.of("surveyOutcome", "REACHED", "surveyRating", "GOOD",
                "surveySuggestions", "叫号屏字体再大一些"));
        JsonNode second = engine.get("callback", "/task?processInstanceId=" + instance).get(0);
        engine.complete("callback", second, Map.of("surveyOutcome", "REACHED", "surveyRating", "EXCELLENT"));
        JsonNode summary = engine.visibleTask("manager", instance);
        assertThat(engine.claim("manager", summary.get("id").asText()).status()).isEqualTo(204);
        try (Browser browser = Browser.open(port)) {
            browser.logInToTasklist("manager");
            browser.get("/camunda/app/tasklist/default/#/?task=" + summary.get("id").asText());
            WebElement form = browser.text(".fjs-container", "本年度工单回访");
            assertThat(form.getText()).contains("优 1（50%）、良 1（50%）、差 0（0%）", "叫号屏字体再大一些", "服务总结",
                    "改进措施");
            browser.screenshot("quality-survey-summary");
        }
    }

    private static Map<String, Object> form(String contract, int year, String departments) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("contractCode", contract);
        form.put("surveyYear", year);
        form.put("departments", departments);
        return form;
    }

    private static List<JsonNode> surveysOf(Http http, String user, String contract) {
        List<JsonNode> list = new ArrayList<>();
        http.get(user, "/api/quality/surveys").json().forEach(s -> {
            if (s.get("contract").asText().equals(contract)) {
                list.add(s);
            }
        });
        return list;
    }

    private static List<List<String>> rows(XWPFTable table) {
        return table.getRows().stream().map(r -> r.getTableCells().stream().map(c -> c.getText().strip()).toList())
                .toList();
    }

    /**
     * A user of 市人民医院's tenant only, in no group, granted Camunda's right to start the survey process directly;
     * password satisfying the policy.
     */
    private String renminOnlyStarter() {
        String id = "survey-starter-renmin";
        String password = "Renmin#Starter2026";
        if (identity.createUserQuery().userId(id).singleResult() == null) {
            User user = identity.newUser(id);
            user.setFirstName("人民医院发起人");
            user.setPassword(password);
            identity.saveUser(user);
            identity.createTenantUserMembership("renmin", id);
            grant(id, Resources.PROCESS_DEFINITION, "SatisfactionSurveyProcess", Permissions.READ,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
            grant(id, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        }
        return id + ":" + password;
    }

    private void grant(String userId, Resources resource, String resourceId, Permission... permissions) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setUserId(userId);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }
}
