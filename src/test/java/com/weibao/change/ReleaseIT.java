package com.weibao.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.weibao.support.EngineRest;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Seed 003 §5.5 over real HTTP with the demo data, each step by the user who does it in Tasklist: a P3 fault of
 * FUSCC's portal goes into a weekly release planned by the team lead; FUSCC's IT department receives the problem
 * list and timetable (a mail and the .xlsx, also over REST), confirms the plan, the engineer implements, FUSCC accepts;
 * the portal's version history shows the release with the case it fixed, and the case shows the release. Renmin sees
 * none of it and cannot put its own case on FUSCC's release; a P2 case or another contract's case is refused.
 */
class ReleaseIT extends IntegrationTest {

    private static final String FUSCC = "fuscc-internet-hospital";
    private static final String PORTAL = "patient-portal";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFusccP3FixGoesOutInAWeeklyReleaseWhoseListTheHospitalReceives() throws Exception {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String marker = UUID.randomUUID().toString().substring(0, 8);

        String p3 = fault(http, FUSCC, PORTAL, "P3", "门户预约页面偶发报错 " + marker);
        String p2 = fault(http, FUSCC, PORTAL, "P2", "门户挂号窗口无法使用 " + marker);
        String renminP3 = fault(http, "e-invoice", "einvoice-app", "P3", "电子票据偶发超时 " + marker);

        // the team lead plans the weekly release; hospitals do not plan releases
        String version = "2.1." + marker;
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("contract", FUSCC);
        plan.put("system", PORTAL);
        plan.put("version", version);
        plan.put("plannedAt", OffsetDateTime.now(SHANGHAI).plusDays(2).withHour(22).truncatedTo(ChronoUnit.HOURS)
                .toString());
        assertThat(http.post("it-fuscc", "/api/releases", plan).status()).isEqualTo(403);
        assertThat(http.post("engineer1", "/api/releases", plan).status()).isEqualTo(403);
        Http.Response foreignPlan = http.post("it-renmin", "/api/releases", plan);
        assertThat(foreignPlan.status()).isIn(403, 404);
        Http.Response incomplete = http.post("lead", "/api/releases", Map.of("contract", FUSCC, "system", PORTAL));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.json().get("errors")).extracting(e -> e.get("field").asText())
                .contains("version", "plannedAt");
        Http.Response created = http.post("lead", "/api/releases", plan);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String href = created.header("Location");
        JsonNode release = created.json();
        String reference = release.get("reference").asText();
        assertThat(reference).matches("FB-\\d{6}");
        assertThat(release.get("status").asText()).isEqualTo("PLANNED");
        String instanceId = release.get("processInstanceId").asText();

        // the list: only P3 cases of FUSCC's contract; Renmin cannot reach the release at all
        Http.Response otherContract = http.post("lead", href + "/cases", Map.of("caseNumber", renminP3));
        assertThat(otherContract.status()).isEqualTo(400);
        assertThat(otherContract.text()).contains("其他合同");
        Http.Response notP3 = http.post("lead", href + "/cases", Map.of("caseNumber", p2));
        assertThat(notP3.status()).isEqualTo(400);
        assertThat(notP3.text()).contains("三级故障");
        Http.Response ownCaseOnForeignRelease = http.post("it-renmin", href + "/cases", Map.of("caseNumber", renminP3));
        assertThat(ownCaseOnForeignRelease.status()).isEqualTo(404);
        assertThat(ownCaseOnForeignRelease.text()).doesNotContain(reference, version);
        assertThat(http.post("it-fuscc", href + "/cases", Map.of("caseNumber", p3)).status()).isEqualTo(403);
        Http.Response added = http.post("lead", href + "/cases", Map.of("caseNumber", p3));
        assertThat(added.status()).as(added.text()).isEqualTo(200);
        assertThat(added.json().get("cases").findValuesAsText("number")).containsExactly(p3);

        // waiting for the release, within the two weeks: listed, planned in the release, not overdue
        JsonNode backlog = http.get("lead", "/api/contracts/" + FUSCC + "/release-backlog").json();
        assertThat(backlog.get("every").asText()).isEqualTo("P7D");
        assertThat(backlog.get("atLatest").asText()).isEqualTo("P14D");
        JsonNode waiting = item(backlog, p3);
        assertThat(waiting.get("overdue").asBoolean()).isFalse();
        assertThat(waiting.get("plannedIn").asText()).isEqualTo(reference);
        assertThat(Duration.between(Instant.parse(waiting.get("reportedAt").asText()),
                Instant.parse(waiting.get("dueBy").asText()))).isEqualTo(Duration.ofDays(14));
        assertThat(http.get("lead", "/api/contracts/" + FUSCC + "/release-backlog?overdue=true").json().get("items")
                .findValuesAsText("number")).doesNotContain(p3);

        // 编制发布清单 by the team lead: the problem list and timetable go to FUSCC's IT department
        assertThat(engine.visibleTask("it-fuscc", instanceId)).as("compiling the list is the vendor's").isNull();
        JsonNode compile = engine.visibleTask("lead", instanceId);
        assertThat(compile.get("taskDefinitionKey").asText()).isEqualTo("Task_CompileReleaseList");
        engine.complete("lead", compile, Map.of("releaseNote", "周五晚 22:00 发版，约 30 分钟"));
        // to FUSCC's IT department (the group's mail address as the notify module resolves it), never to Renmin
        MimeMessage mail = awaitMail("发布计划待确认：统一就诊服务门户 " + version);
        assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString)).isNotEmpty()
                .noneMatch(a -> a.contains("renmin"));
        String body = (String) mail.getContent();
        assertThat(body).contains(p3, "门户预约页面偶发报错 " + marker, version, "复旦大学附属肿瘤医院",
                "统一就诊服务门户", "/api/releases/" + release.get("id").asText() + "/list.xlsx", "年");
        assertThat(body).doesNotContain("fuscc-internet-hospital", "T14:");

        // FUSCC sees the release and downloads the list; Renmin sees none of it
        JsonNode sent = http.get("it-fuscc", href).json();
        assertThat(sent.get("status").asText()).isEqualTo("SENT");
        assertThat(sent.get("processInstanceId").isNull()).isTrue();
        Http.Response xlsx = http.get("it-fuscc", sent.get("problemListHref").asText());
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(sheetText(xlsx.body())).contains(p3, "门户预约页面偶发报错 " + marker, "计划发布时间", version);
        for (String path : List.of(href, href + "/list.xlsx", "/api/contracts/" + FUSCC + "/systems/" + PORTAL
                + "/versions", "/api/contracts/" + FUSCC + "/release-backlog", "/api/cases/" + p3 + "/releases")) {
            Http.Response foreign = http.get("it-renmin", path);
            assertThat(foreign.status()).as(path).isEqualTo(404);
            assertThat(foreign.text()).as(path).doesNotContain(reference, version, marker);
        }
        assertThat(http.get("it-renmin", "/api/releases").json().findValuesAsText("reference"))
                .doesNotContain(reference);

        // 院方确认发布计划 in FUSCC's Tasklist: a refusal needs remarks; Renmin's IT cannot claim it
        assertThat(engine.visibleTask("it-renmin", instanceId)).isNull();
        JsonNode confirm = engine.visibleTask("it-fuscc", instanceId);
        assertThat(confirm.get("taskDefinitionKey").asText()).isEqualTo("Task_ConfirmReleasePlan");
        assertThat(confirm.get("tenantId").asText()).isEqualTo("fuscc");
        assertThat(engine.get("it-fuscc", "/task/" + confirm.get("id").asText() + "/form")
                .at("/camundaFormRef/key").asText()).isEqualTo("release-confirm");
        JsonNode view = JSON.readTree(engine.formVariables("it-fuscc", confirm.get("id").asText())
                .at("/releaseView/value").asText());
        assertThat(view.get("cases").findValuesAsText("number")).containsExactly(p3);
        assertThat(view.get("system").asText()).isEqualTo("统一就诊服务门户");
        assertThat(view.get("planned").asText()).contains("年", "月", "日 22:00");
        assertThat(engine.claim("it-renmin", confirm.get("id").asText()).status()).isIn(403, 404);
        engine.claim("it-fuscc", confirm.get("id").asText());
        Http.Response noRemarks = engine.submitTaskForm("it-fuscc", confirm.get("id").asText(),
                Map.of("confirmationDecision", "REFUSED"));
        assertThat(noRemarks.status()).isEqualTo(400);
        assertThat(noRemarks.text()).contains("请写明退回的原因");
        engine.complete("it-fuscc", engine.visibleTask("it-fuscc", instanceId),
                Map.of("confirmationDecision", "CONFIRMED", "confirmationRemarks", "同意周五晚发版"));
        assertThat(http.get("it-fuscc", href).json().get("status").asText()).isEqualTo("CONFIRMED");

        // 实施发布 by the engineer, 院方验收发布 by FUSCC
        JsonNode implement = engine.visibleTask("engineer1", instanceId);
        assertThat(implement.get("taskDefinitionKey").asText()).isEqualTo("Task_ImplementRelease");
        engine.complete("engineer1", implement, Map.of("implementationSteps", "22:00 部署 " + version
                + "\n22:20 预约页面自测通过"));
        JsonNode accept = engine.visibleTask("it-fuscc", instanceId);
        assertThat(accept.get("taskDefinitionKey").asText()).isEqualTo("Task_AcceptRelease");
        engine.complete("it-fuscc", accept, Map.of("acceptanceDecision", "ACCEPTED", "acceptanceRemarks", "预约页面正常"));

        // released: the portal's version history holds the release with the case it fixed; the case shows it
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("it-fuscc", href).json().get("status").asText()
                .equals("RELEASED"));
        JsonNode done = http.get("it-fuscc", href).json();
        assertThat(done.get("history").findValuesAsText("type")).containsSubsequence("PLANNED", "CASE_ADDED", "SENT",
                "CONFIRMED", "IMPLEMENTED", "ACCEPTED", "RELEASED");
        Http.Response afterwards = http.post("lead", href + "/cases", Map.of("caseNumber", p3));
        assertThat(afterwards.status()).isEqualTo(400);
        JsonNode versions = http.get("it-fuscc", "/api/contracts/" + FUSCC + "/systems/" + PORTAL + "/versions")
                .json();
        assertThat(versions.get("current").asText()).isEqualTo(version);
        JsonNode last = versions.get("versions").get(versions.get("versions").size() - 1);
        assertThat(last.get("source").asText()).isEqualTo("RELEASE");
        assertThat(last.get("release").asText()).isEqualTo(reference);
        assertThat(last.get("fixedCases").findValuesAsText("number")).containsExactly(p3);
        assertThat(http.get("it-fuscc", "/api/cases/" + p3 + "/releases").json().findValuesAsText("reference"))
                .containsExactly(reference);
        assertThat(http.get("lead", "/api/contracts/" + FUSCC + "/release-backlog").json().get("items")
                .findValuesAsText("number")).doesNotContain(p3);
    }

    private static String fault(Http http, String contract, String system, String priority, String summary) {
        Map<String, Object> request = caseRequest(summary);
        request.put("contract", contract);
        request.put("system", system);
        request.put("priority", priority);
        request.put("impact", "FUNCTION_IMPAIRED");
        Http.Response created = http.post("agent", "/api/cases", request);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("number").asText();
    }

    private static JsonNode item(JsonNode backlog, String number) {
        for (JsonNode item : backlog.get("items")) {
            if (item.get("number").asText().equals(number)) {
                return item;
            }
        }
        throw new AssertionError(number + " not in " + backlog);
    }

    private static String sheetText(byte[] xlsx) throws Exception {
        StringBuilder text = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(formatter.formatCellValue(cell))
                    .append('\t')));
        }
        return text.toString();
    }

    private static MimeMessage awaitMail(String subjectPart) {
        AtomicReference<MimeMessage> found = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (MimeMessage m : MAIL.getReceivedMessages()) {
                if (m.getSubject() != null && m.getSubject().contains(subjectPart)) {
                    found.set(m);
                    return true;
                }
            }
            return false;
        });
        return found.get();
    }
}
