package com.weibao.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.weibao.platform.web.FormText;
import com.weibao.support.EngineRest;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Inspections over real HTTP with the demo data, each step done by the user who does it in Tasklist (through
 * Camunda's REST API, authorizations and tenants on): Zhanjiang's monthly checklist on demand, thresholds and
 * follow-up cases, the report parsed back, the clinical department sending it back, both departments signing,
 * the archive; the schedules of the seed plans; who may start one and who sees what.
 */
class InspectionIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ZHANJIANG = "zhanjiang-5g-emergency";

    @Test
    void anInspectionOnDemandFromTheChecklistToTheSignedArchive() throws Exception {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String reason = "急救中心要求加做一次巡检 " + UUID.randomUUID().toString().substring(0, 8);

        // who may ask: the hospital's IT department for its own contract, not another hospital, not an engineer
        assertThat(http.post("it-renmin", "/api/contracts/" + ZHANJIANG + "/inspections", Map.of()).status())
                .isEqualTo(404);
        assertThat(http.post("engineer1", "/api/contracts/" + ZHANJIANG + "/inspections", Map.of()).status())
                .isEqualTo(403);
        Http.Response started = http.post("it-zhanjiang", "/api/contracts/" + ZHANJIANG + "/inspections",
                Map.of("reason", reason));
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        JsonNode inspection = started.json();
        String href = started.header("Location");
        assertThat(inspection.get("trigger").asText()).isEqualTo("ON_DEMAND");
        assertThat(inspection.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(inspection.at("/plan/code").asText()).isEqualTo("monthly");
        assertThat(inspection.get("results")).hasSize(10);
        assertThat(inspection.get("processInstanceId").isNull()).as("engine ids are for the vendor").isTrue();
        String reference = inspection.get("reference").asText();
        String instanceId = http.get("lead", href).json().get("processInstanceId").asText();

        // the engineer's checklist: a form generated from the plan's items
        JsonNode perform = engine.visibleTask("engineer1", instanceId);
        assertThat(perform.get("taskDefinitionKey").asText()).isEqualTo("Task_PerformInspection");
        assertThat(perform.get("tenantId").asText()).isEqualTo("zhanjiang");
        assertThat(engine.visibleTask("it-zhanjiang", instanceId)).as("the checklist is the vendor's job").isNull();
        String taskId = perform.get("id").asText();
        assertThat(engine.get("engineer1", "/task/" + taskId + "/form").at("/camundaFormRef/key").asText())
                .isEqualTo("inspection-checklist-zhanjiang-5g-emergency-monthly");
        assertThat(http.get("engineer1", "/engine-rest/task/" + taskId + "/deployed-form").text())
                .contains("平台服务器磁盘使用率", "ZJ_07_value", "测量值（%）");
        JsonNode view = JSON.readTree(engine.formVariables("engineer1", taskId).at("/inspectionView/value").asText());
        assertThat(view.get("reference").asText()).isEqualTo(reference);
        assertThat(view.get("signOff").asText()).isEqualTo("临床科室、信息科");

        // incomplete answers are refused naming each item; the task stays
        Http.Response incomplete = submit(http, "engineer1", taskId, Map.of("ZJ_01_outcome", "PASS"));
        assertThat(incomplete.status()).as(incomplete.text()).isEqualTo(400);
        assertThat(incomplete.json().get("errors")).extracting(e -> e.get("field").asText())
                .contains("results[ZJ-02].outcome", "results[ZJ-07].value", "results[ZJ-09].note",
                        "results[ZJ-10].file");
        Map<String, Object> answers = answers("5 号车视频回传卡顿");
        Http.Response noPhoto = submit(http, "engineer1", taskId, answers);
        assertThat(noPhoto.status()).isEqualTo(400);
        assertThat(noPhoto.json().get("errors")).singleElement()
                .satisfies(e -> assertThat(e.get("message").asText()).contains("ZJ-10", "upload"));

        // the photo, by the engineer (not by the hospital, not for an item that does not exist)
        byte[] photo = "\u0089PNG fake photo bytes".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> crossSite = upload(href, "engineer1", "ZJ-10", photo, false);
        assertThat(crossSite.statusCode()).as("a form of another site, with the browser's remembered login")
                .isEqualTo(403);
        assertThat(crossSite.body()).contains("X-Requested-With");
        assertThat(http.get("lead", href).json().get("files")).as("nothing kept from it").isEmpty();
        assertThat(upload(href, "it-zhanjiang", "ZJ-10", photo).statusCode()).isEqualTo(403);
        assertThat(upload(href, "engineer1", "ZJ-99", photo).statusCode()).isEqualTo(400);
        HttpResponse<String> uploaded = upload(href, "engineer1", "ZJ-10", photo);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);

        Http.Response done = submit(http, "engineer1", taskId, answers);
        assertThat(done.status()).as(done.text()).isIn(200, 204);

        // failed items became follow-up cases (FAULT, channel INSPECTION, the item's level); the report was written
        JsonNode recorded = await().atMost(Duration.ofSeconds(30)).until(() -> http.get("lead", href).json(),
                d -> d.get("report") != null && !d.get("report").isNull());
        assertThat(recorded.get("status").asText()).isEqualTo("AWAITING_SIGN_OFF");
        assertThat(recorded.get("performedBy").asText()).isEqualTo("engineer1");
        Map<String, JsonNode> results = byCode(recorded.get("results"));
        assertThat(results.get("ZJ-07").get("finding").asText()).isEqualTo("93 %");
        assertThat(results.get("ZJ-07").get("failed").asBoolean()).isTrue();
        assertThat(results.get("ZJ-08").get("failed").asBoolean()).as("12 h <= 24 h").isFalse();
        String diskCase = results.get("ZJ-07").at("/followUp/number").asText();
        String videoCase = results.get("ZJ-02").at("/followUp/number").asText();
        assertThat(results.get("ZJ-01").get("followUp").isNull()).isTrue();
        JsonNode followUp = http.get("agent", "/api/cases/" + videoCase).json();
        assertThat(followUp.get("channel").asText()).isEqualTo("INSPECTION");
        assertThat(followUp.get("category").asText()).isEqualTo("FAULT");
        assertThat(followUp.get("priority").asText()).isEqualTo("P2");
        assertThat(followUp.at("/system/code").asText()).isEqualTo("emergency-platform");
        assertThat(followUp.get("description").asText()).contains(reference, "ZJ-02", "5 号车视频回传卡顿");
        assertThat(http.get("agent", "/api/cases/" + diskCase).json().get("priority").asText()).isEqualTo("P3");

        JsonNode report = recorded.get("report");
        assertThat(report.get("reportVersion").asInt()).isEqualTo(1);
        assertThat(text(http.get("it-zhanjiang", report.get("href").asText()).body())).contains("巡检报告", reference,
                "湛江中心人民医院", "急救调度指挥模块运行正常", "平台服务器磁盘使用率", "93 %", "< 85 %", "12 小时",
                "≤ 24 小时", diskCase, videoCase, "巡检照片.png", "建议扩容平台服务器磁盘");
        awaitMail("clinical-zhanjiang@zhanjiang.example", "[" + reference + "] 巡检报告待签字");

        // sign-off in parallel: each department sees its own task; the clinical department sends it back
        JsonNode clinical = engine.visibleTask("clinical-zhanjiang", instanceId);
        JsonNode it = engine.visibleTask("it-zhanjiang", instanceId);
        assertThat(clinical.get("taskDefinitionKey").asText()).isEqualTo("Task_SignOffReport");
        assertThat(it.get("id").asText()).isNotEqualTo(clinical.get("id").asText());
        assertThat(engine.visibleTask("it-fuscc", instanceId)).isNull();
        Http.Response byLead = engine.submitTaskForm("lead", clinical.get("id").asText(),
                Map.of("signOffDecision", "SIGNED"));
        assertThat(byLead.status()).as("a team lead does not sign for the hospital").isEqualTo(400);
        assertThat(byLead.text()).contains("临床科室");
        Http.Response noReason = engine.submitTaskForm("clinical-zhanjiang", clinical.get("id").asText(),
                Map.of("signOffDecision", "REJECTED"));
        assertThat(noReason.status()).as(noReason.text()).isEqualTo(400);
        complete(engine, "clinical-zhanjiang", clinical, Map.of("signOffDecision", "REJECTED",
                "signOffReason", "ZJ-02 请写明车辆和时间"));
        assertThat(engine.visibleTask("it-zhanjiang", instanceId)).as("the rejected version is not signed").isNull();

        // the engineer revises with the reasons in front of him; a new version goes to both departments
        JsonNode revise = engine.visibleTask("engineer1", instanceId);
        assertThat(revise.get("taskDefinitionKey").asText()).isEqualTo("Task_ReviseInspection");
        assertThat(revise.get("assignee").asText()).isEqualTo("engineer1");
        JsonNode reviseForm = engine.formVariables("engineer1", revise.get("id").asText());
        assertThat(reviseForm.at("/ZJ_07_value/value").asDouble()).isEqualTo(93.0);
        assertThat(JSON.readTree(reviseForm.at("/inspectionView/value").asText()).get("rejections").asText())
                .contains("临床科室", FormText.literal("ZJ-02 请写明车辆和时间"));
        Http.Response revised = submit(http, "engineer1", revise.get("id").asText(),
                answers("5 号车（粤G·12345）11 月 20 日 14:00 视频回传卡顿"));
        assertThat(revised.status()).as(revised.text()).isIn(200, 204);
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("lead", href).json().at("/report/reportVersion")
                .asInt() == 2);
        complete(engine, "it-zhanjiang", engine.visibleTask("it-zhanjiang", instanceId), Map.of("signOffDecision",
                "SIGNED"));
        complete(engine, "clinical-zhanjiang", engine.visibleTask("clinical-zhanjiang", instanceId),
                Map.of("signOffDecision", "SIGNED"));

        // fully signed: archived with the signed report, the trail says who and when, nothing changes any more
        JsonNode archived = await().atMost(Duration.ofSeconds(30)).until(() -> http.get("it-zhanjiang", href).json(),
                d -> d.get("status").asText().equals("ARCHIVED"));
        assertThat(archived.get("signOffs")).extracting(s -> s.get("reportVersion").asInt() + " "
                        + s.get("department").asText() + " " + s.get("decision").asText() + " " + s.get("decidedBy").asText())
                .containsExactly("1 CLINICAL REJECTED clinical-zhanjiang", "2 IT SIGNED it-zhanjiang",
                        "2 CLINICAL SIGNED clinical-zhanjiang");
        assertThat(archived.get("signOffs")).allSatisfy(s -> assertThat(s.get("decidedAt").asText()).isNotBlank());
        assertThat(archived.get("files")).extracting(f -> f.get("kind").asText())
                .containsExactly("ATTACHMENT", "REPORT", "REPORT", "SIGNED_REPORT");
        assertThat(archived.at("/report/kind").asText()).isEqualTo("SIGNED_REPORT");
        assertThat(text(http.get("it-zhanjiang", archived.at("/report/href").asText()).body()))
                .contains("第 2 版（签字版）", "粤G·12345", "湛江中心人民医院 信息科", "湛江中心人民医院 临床科室",
                        "第 1 版，临床科室")
                .doesNotContain("it-zhanjiang", "clinical-zhanjiang");
        assertThat(upload(href, "engineer1", "ZJ-10", photo).statusCode()).isEqualTo(409);
        assertThat(engine.get("manager", "/history/process-instance?processInstanceId=" + instanceId).get(0)
                .get("state").asText()).isEqualTo("COMPLETED");

        // another hospital sees none of it
        assertThat(http.get("it-fuscc", href).status()).isEqualTo(404);
        assertThat(http.get("it-fuscc", archived.at("/report/href").asText()).status()).isEqualTo(404);
        assertThat(http.get("it-fuscc", "/api/contracts/" + ZHANJIANG + "/inspections").status()).isEqualTo(404);

        // the quarter's summary: the inspection on demand, its findings, the follow-ups still open
        JsonNode summary = http.get("it-zhanjiang", "/api/contracts/" + ZHANJIANG + "/inspections/summary").json();
        assertThat(summary.get("onDemand").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(summary.get("plans")).extracting(p -> p.get("code").asText()).contains("monthly", "quarterly-visit");
        assertThat(summary.get("findings")).filteredOn(f -> f.get("inspection").asText().equals(reference))
                .extracting(f -> f.get("code").asText()).containsExactlyInAnyOrder("ZJ-02", "ZJ-07");
        assertThat(summary.get("openFollowUps")).extracting(f -> f.at("/followUp/number").asText())
                .contains(diskCase, videoCase);
        assertThat(http.get("it-zhanjiang", "/api/contracts/" + ZHANJIANG + "/inspections").json().get("inspections"))
                .anySatisfy(i -> assertThat(i.get("reference").asText()).isEqualTo(reference));
    }

    @Test
    void everyPlanWithInspectionsLeftHasItsScheduleWaitingForTheNextDateInCockpit() {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        int running = 0;
        for (String contract : List.of("nanshan-report", "e-invoice", "queue-call", "fuscc-internet-hospital",
                ZHANJIANG)) {
            for (JsonNode plan : http.get("lead", "/api/contracts/" + contract + "/inspections").json().get("plans")) {
                String key = contract + "/" + plan.get("code").asText();
                JsonNode schedules = engine.get("manager", "/process-instance?processDefinitionKey="
                        + "InspectionScheduleProcess&businessKey=" + EngineRest.encode(key));
                if (plan.get("next").isNull()) {
                    assertThat(schedules).as(key + " has no slot left").isEmpty();
                    continue;
                }
                running++;
                assertThat(schedules).as(key).hasSize(1);
                String id = schedules.get(0).get("id").asText();
                assertThat(engine.get("manager", "/process-instance/" + id + "/variables/nextSlot").get("value")
                        .asText()).as(key).isEqualTo(plan.at("/next/date").asText());
                JsonNode timer = engine.get("manager", "/job?processInstanceId=" + id + "&timers=true");
                assertThat(timer).as("the timer Cockpit shows").hasSize(1);
            }
        }
        assertThat(running).as("the e-invoice contract runs until mid-2027").isGreaterThanOrEqualTo(1);

        JsonNode eInvoice = http.get("it-renmin", "/api/contracts/e-invoice/inspections").json().get("plans").get(0);
        assertThat(eInvoice.get("frequency").asText()).isEqualTo("QUARTERLY");
        assertThat(eInvoice.get("signOff")).extracting(JsonNode::asText).containsExactly("IT");
        assertThat(eInvoice.get("checklist")).hasSize(17);
        assertThat(eInvoice.get("checklist")).extracting(i -> i.get("code").asText())
                .startsWith("ENV-01").contains("ENV-10", "BIZ-01", "BIZ-07");
        assertThat(byCode(eInvoice.get("checklist")).get("ENV-05").get("criterion").asText()).isEqualTo("< 90 %");
        assertThat(byCode(eInvoice.get("checklist")).get("ENV-05").get("name").asText()).contains("表空间");
        JsonNode queueCall = http.get("lead", "/api/contracts/queue-call/inspections").json().get("plans").get(0);
        assertThat(queueCall.get("frequency").asText()).isEqualTo("AGREED_DATES");
        assertThat(queueCall.get("perYear").asInt()).isEqualTo(4);
        assertThat(queueCall.get("filledWithUser").asBoolean()).isTrue();
        assertThat(http.get("lead", "/api/contracts/" + ZHANJIANG + "/inspections").json().get("plans").get(0)
                .get("signOff")).extracting(JsonNode::asText).containsExactly("CLINICAL", "IT");
        assertThat(engine.get("it-renmin", "/process-instance?processDefinitionKey=InspectionScheduleProcess&tenantIdIn="
                + "zhanjiang")).as("another hospital's schedules are not visible").isEmpty();
    }

    @Test
    void aTeamLeadStartsOneInTasklistAHospitalOnlyForItsOwnContracts() {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String reason = "年中复查 " + UUID.randomUUID().toString().substring(0, 8);

        Http.Response byLead = engine.submitStartForm("lead", "InspectionProcess", Map.of("contractCode", "e-invoice",
                "planCode", "quarterly", "reason", reason));
        assertThat(byLead.status()).as(byLead.text()).isEqualTo(200);
        assertThat(http.get("lead", "/api/contracts/e-invoice/inspections").json().get("inspections"))
                .filteredOn(i -> i.get("title").asText().startsWith("电子票据系统季度巡检 临时巡检"))
                .isNotEmpty();
        JsonNode task = engine.visibleTask("engineer2", byLead.json().get("id").asText());
        assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_PerformInspection");

        Http.Response foreign = engine.submitStartForm("it-renmin", "InspectionProcess",
                Map.of("contractCode", ZHANJIANG));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.text()).contains("unknown contract");
        assertThat(engine.submitStartForm("it-renmin", "InspectionProcess", Map.of("contractCode", "e-invoice"))
                .status()).isEqualTo(200);
        assertThat(engine.submitStartForm("engineer1", "InspectionProcess", Map.of("contractCode", "e-invoice"))
                .status()).isEqualTo(403);

        Http.Response unknownPlan = http.post("lead", "/api/contracts/e-invoice/inspections", Map.of("plan", "weekly"));
        assertThat(unknownPlan.status()).isEqualTo(400);
        assertThat(unknownPlan.json().at("/errors/0/field").asText()).isEqualTo("plan");
        assertThat(unknownPlan.json().at("/errors/0/message").asText()).contains("quarterly");
        Http.Response badPeriod = http.get("lead", "/api/contracts/e-invoice/inspections/summary?period=2026-13");
        assertThat(badPeriod.status()).isEqualTo(400);
        JsonNode fullContractYear = http.get("lead", "/api/contracts/e-invoice/inspections/summary?period=2026")
                .json();
        assertThat(fullContractYear.get("planned").asInt()).as("four quarters").isEqualTo(4);
        JsonNode thisYear = http.get("lead", "/api/contracts/e-invoice/inspections/summary?period="
                + Year.now(ZoneId.of("Asia/Shanghai"))).json();
        assertThat(thisYear.get("onDemand").asInt()).as("the inspection started above").isGreaterThanOrEqualTo(1);
    }

    /** Zhanjiang's checklist: ZJ-02 abnormal, disk usage 93 % (threshold < 85), backup 12 h (<= 24). */
    private static Map<String, Object> answers(String videoNote) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String code : List.of("ZJ_01", "ZJ_03", "ZJ_04", "ZJ_05", "ZJ_06")) {
            answers.put(code + "_outcome", "PASS");
        }
        answers.put("ZJ_02_outcome", "FAIL");
        answers.put("ZJ_02_note", videoNote);
        answers.put("ZJ_07_value", 93.0);
        answers.put("ZJ_08_value", 12.0);
        answers.put("ZJ_09_note", "与信息科王工沟通：调度台偶发卡顿");
        answers.put("suggestions", "建议扩容平台服务器磁盘；排查 5 号车 5G 路由。");
        return answers;
    }

    /** Tasklist's Complete: strings as String, numbers as Double (what form-js number fields submit). */
    private static Http.Response submit(Http http, String user, String taskId, Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value,
                "type", value instanceof Double ? "Double" : "String")));
        return http.post(user, "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables));
    }

    private static void complete(EngineRest engine, String user, JsonNode task, Map<String, Object> variables) {
        Http.Response completed = engine.submitTaskForm(user, task.get("id").asText(), variables);
        assertThat(completed.status()).as(completed.text()).isIn(200, 204);
    }

    private HttpResponse<String> upload(String inspectionHref, String user, String item, byte[] content)
            throws IOException, InterruptedException {
        return upload(inspectionHref, user, item, content, true);
    }

    /** A multipart upload as the inspection page sends it ({@code fromThePage}: with X-Requested-With) or a form. */
    private HttpResponse<String> upload(String inspectionHref, String user, String item, byte[] content,
                                        boolean fromThePage) throws IOException, InterruptedException {
        String boundary = "----weibao" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"item\"\r\n\r\n" + item + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"巡检照片.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + inspectionHref
                        + "/files"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary);
        if (fromThePage) {
            request.header("X-Requested-With", "XMLHttpRequest");
        }
        return HttpClient.newHttpClient().send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String text(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    private static Map<String, JsonNode> byCode(JsonNode items) {
        Map<String, JsonNode> byCode = new LinkedHashMap<>();
        items.forEach(i -> byCode.put(i.get("code").asText(), i));
        return byCode;
    }

    private static void awaitMail(String to, String subjectPrefix) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<String> subjects = new ArrayList<>();
            for (MimeMessage m : MAIL.getReceivedMessages()) {
                if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(to))) {
                    subjects.add(m.getSubject());
                }
            }
            return subjects.stream().anyMatch(s -> s.startsWith(subjectPrefix));
        });
    }
}
