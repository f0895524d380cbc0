package com.weibao.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.support.EngineRest;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seed 000's upgrade, FineReport 10 → 11 on Nanshan's report platform, over real HTTP with the demo data, each step by
 * the user who does it in Tasklist (Camunda's REST API, authorizations and tenants on): proposed from a case with its
 * upgrade list, reviewed by the team lead, refused by Nanshan's IT department and revised, approved; an outage window
 * inside the opening hours refused; the first attempt fails and is rolled back (the rehearsal), the change is
 * replanned, approved and scheduled again, implemented and verified (验收); the version history shows 11. Another
 * hospital sees none of it and approves nothing.
 */
class ChangeIT extends IntegrationTest {

    private static final String NANSHAN = "nanshan-report";
    private static final String SYSTEM = "report-platform";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    private ManagementService management;

    @Test
    void theFineReportUpgradeFromTheUpgradeListToTheHospitalsConfirmationWithARollbackRehearsed() throws Exception {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String marker = UUID.randomUUID().toString().substring(0, 8);

        // a case asks for the upgrade; the change is proposed from it by the vendor, not by the hospital
        Map<String, Object> caseRequest = caseRequest("报表平台升级到 FineReport 11 " + marker);
        caseRequest.put("contract", NANSHAN);
        caseRequest.put("system", SYSTEM);
        Http.Response caseCreated = http.post("agent", "/api/cases", caseRequest);
        assertThat(caseCreated.status()).as(caseCreated.text()).isEqualTo(201);
        String caseNumber = caseCreated.json().get("number").asText();

        Map<String, Object> proposal = new LinkedHashMap<>();
        proposal.put("contract", NANSHAN);
        proposal.put("system", SYSTEM);
        proposal.put("kind", "NORMAL");
        proposal.put("title", "FineReport 10 升级到 11 " + marker);
        proposal.put("currentVersion", "FineReport 10.0");
        proposal.put("targetVersion", "FineReport 11.0");
        proposal.put("reason", "合同约定升级（§1.7.4），院方已批准升级清单");
        proposal.put("risk", "升级期间报表不可用；插件兼容性");
        proposal.put("implementationPlan", "1. 备份 webroot 与数据库\n2. 部署 FineReport 11\n3. 迁移模板");
        proposal.put("rollbackPlan", "恢复 10.0 的 webroot 与数据库备份");
        proposal.put("verificationPlan", "院方核对十张常用报表");
        proposal.put("takesServiceDown", true);
        proposal.put("implementer", "engineer1");
        proposal.put("caseNumber", caseNumber);
        assertThat(http.post("it-nanshan", "/api/changes", proposal).status()).isEqualTo(403);
        Http.Response foreignProposal = http.post("it-renmin", "/api/changes", proposal);
        assertThat(foreignProposal.status()).as("another hospital proposes on Nanshan's contract").isIn(403, 404);
        assertThat(foreignProposal.text()).doesNotContain("BG-");
        Http.Response missing = http.post("engineer1", "/api/changes", Map.of("contract", NANSHAN));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors")).extracting(e -> e.get("field").asText())
                .contains("system", "kind", "targetVersion", "rollbackPlan");
        Http.Response created = http.post("engineer1", "/api/changes", proposal);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String href = created.header("Location");
        JsonNode change = created.json();
        assertThat(change.get("reference").asText()).matches("BG-\\d{6}");
        assertThat(change.get("status").asText()).isEqualTo("IN_REVIEW");
        String instanceId = change.get("processInstanceId").asText();

        // the upgrade list as a document; the service manager decides it is within the contract
        assertThat(upload(href, "engineer1", "升级清单", "升级清单.txt", "FineReport 11 升级清单").statusCode())
                .isEqualTo(201);
        assertThat(http.put("engineer1", href + "/billable", Map.of("billable", true)).status()).isEqualTo(403);
        assertThat(http.put("manager", href + "/billable", Map.of("billable", false, "remarks", "合同内升级")).status())
                .isEqualTo(200);

        // another hospital sees nothing of it
        Http.Response foreignRead = http.get("it-renmin", href);
        assertThat(foreignRead.status()).isEqualTo(404);
        assertThat(foreignRead.text()).doesNotContain(change.get("reference").asText(), "FineReport");
        assertThat(http.get("it-renmin", "/api/changes").json().findValuesAsText("reference"))
                .doesNotContain(change.get("reference").asText());
        assertThat(http.get("it-renmin", "/api/contracts/" + NANSHAN + "/systems/" + SYSTEM + "/versions").status())
                .isEqualTo(404);
        assertThat(http.get("it-renmin", "/api/cases/" + caseNumber + "/changes").status()).isEqualTo(404);
        JsonNode document = http.get("it-nanshan", href).json().get("documents").get(0);
        assertThat(http.get("it-renmin", document.get("href").asText()).status()).isEqualTo(404);
        assertThat(http.get("it-nanshan", document.get("href").asText()).text()).contains("FineReport 11 升级清单");
        assertThat(http.get("it-nanshan", href).json().get("processInstanceId").isNull()).isTrue();

        // the vendor's review, then Nanshan's IT department refuses with remarks; the engineer revises
        assertThat(engine.visibleTask("it-nanshan", instanceId)).as("the review is the vendor's").isNull();
        engine.complete("lead", engine.visibleTask("lead", instanceId),
                Map.of("reviewDecision", "PASS", "reviewRemarks", "方案完整"));
        assertThat(engine.visibleTask("it-renmin", instanceId)).as("another hospital's IT").isNull();
        JsonNode approval = engine.visibleTask("it-nanshan", instanceId);
        assertThat(approval.get("taskDefinitionKey").asText()).isEqualTo("Task_ApproveChange");
        assertThat(approval.get("tenantId").asText()).isEqualTo("nanshan");
        assertThat(engine.get("it-nanshan", "/task/" + approval.get("id").asText() + "/form")
                .at("/camundaFormRef/key").asText()).isEqualTo("change-approve");
        JsonNode view = JSON.readTree(engine.formVariables("it-nanshan", approval.get("id").asText())
                .at("/changeView/value").asText());
        assertThat(view.get("versions").asText()).isEqualTo("FineReport 10.0 → FineReport 11.0");
        assertThat(view.get("billable").asText()).isEqualTo("合同内（不收费）");
        assertThat(engine.claim("it-renmin", approval.get("id").asText()).status()).isIn(403, 404);
        Http.Response noRemarks = engine.submitTaskForm("it-nanshan", claimed(engine, "it-nanshan", approval),
                Map.of("approvalDecision", "REFUSED"));
        assertThat(noRemarks.status()).isEqualTo(400);
        engine.complete("it-nanshan", engine.visibleTask("it-nanshan", instanceId),
                Map.of("approvalDecision", "REFUSED", "approvalRemarks", "回退方案须写明数据库恢复的校验步骤"));
        assertThat(http.get("engineer1", href).json().get("status").asText()).isEqualTo("IN_REVISION");
        engine.complete("engineer1", engine.visibleTask("engineer1", instanceId),
                Map.of("rollbackPlan", "恢复 10.0 备份并核对报表行数", "revisionNote", "补充数据库恢复校验"));
        engine.complete("lead", engine.visibleTask("lead", instanceId), Map.of("reviewDecision", "PASS"));
        engine.complete("it-nanshan", engine.visibleTask("it-nanshan", instanceId),
                Map.of("approvalDecision", "APPROVED", "approvalRemarks", "同意"));

        // the window: an outage in office hours is refused without a reason; an evening outside them is taken
        JsonNode schedule = engine.visibleTask("it-nanshan", instanceId);
        assertThat(schedule.get("taskDefinitionKey").asText()).isEqualTo("Task_ScheduleChange");
        LocalDate tomorrow = LocalDate.now(SHANGHAI).plusDays(1);
        Http.Response inOpeningHours = engine.submitTaskForm("it-nanshan", claimed(engine, "it-nanshan", schedule),
                window(tomorrow.atStartOfDay(SHANGHAI), tomorrow.plusDays(8).atStartOfDay(SHANGHAI), null));
        assertThat(inOpeningHours.status()).isEqualTo(400);
        assertThat(inOpeningHours.text()).contains("开放时间");
        ZonedDateTime evening = tomorrow.atTime(20, 0).atZone(SHANGHAI);
        engine.complete("it-nanshan", engine.visibleTask("it-nanshan", instanceId),
                window(evening, evening.plusHours(3), null));

        // the reminder comes at once (less than a day ahead), the window's timer waits for the evening
        fireWhenDue(instanceId, "Event_WindowReached", evening);
        awaitMail("engineer1@weibao.local", "变更即将实施：FineReport 10 升级到 11 " + marker);

        // first attempt fails: rolled back and recorded, replanned
        engine.complete("engineer1", engine.visibleTask("engineer1", instanceId),
                Map.of("implementationSteps", "20:00 备份完成\n20:30 模板迁移报错", "implementationOutcome", "FAILED"));
        assertThat(http.get("it-nanshan", href).json().get("status").asText()).isEqualTo("ROLLING_BACK");
        engine.complete("engineer1", engine.visibleTask("engineer1", instanceId),
                Map.of("rollbackSteps", "21:00 恢复 10.0 备份，报表正常", "afterRollback", "REPLAN",
                        "implementationPlan", "先在测试环境迁移模板，再升级生产", "revisionNote", "增加测试环境演练"));
        engine.complete("lead", engine.visibleTask("lead", instanceId), Map.of("reviewDecision", "PASS"));
        engine.complete("it-nanshan", engine.visibleTask("it-nanshan", instanceId), Map.of("approvalDecision", "APPROVED"));
        ZonedDateTime second = evening.plusDays(1);
        engine.complete("it-nanshan", engine.visibleTask("it-nanshan", instanceId), window(second, second.plusHours(3), null));
        fireWhenDue(instanceId, "Event_WindowReached", second);

        // second attempt succeeds; the hospital verifies; the version history shows 11
        engine.complete("engineer1", engine.visibleTask("engineer1", instanceId),
                Map.of("implementationSteps", "20:00 备份\n21:00 升级完成", "implementationOutcome", "SUCCESS"));
        JsonNode verify = engine.visibleTask("it-nanshan", instanceId);
        assertThat(verify.get("taskDefinitionKey").asText()).isEqualTo("Task_VerifyChange");
        engine.complete("it-nanshan", verify, Map.of("verificationDecision", "ACCEPTED", "verificationRemarks", "十张报表正常"));

        JsonNode done = http.get("it-nanshan", href).json();
        assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.get("rollbackPlan").asText()).isEqualTo("恢复 10.0 备份并核对报表行数");
        assertThat(done.get("implementationPlan").asText()).isEqualTo("先在测试环境迁移模板，再升级生产");
        List<String> history = new ArrayList<>();
        done.get("history").forEach(e -> history.add(e.get("type").asText()));
        assertThat(history).containsSubsequence("CREATED", "DOCUMENT_ADDED", "BILLABLE_DECIDED", "REVIEW_PASSED",
                "REFUSED", "REVISED", "APPROVED", "SCHEDULED", "REMINDED", "IMPLEMENTATION_FAILED", "ROLLED_BACK",
                "REVISED", "APPROVED", "SCHEDULED", "IMPLEMENTED", "VERIFIED", "VERSION_RECORDED");
        JsonNode versions = http.get("it-nanshan", "/api/contracts/" + NANSHAN + "/systems/" + SYSTEM + "/versions")
                .json();
        assertThat(versions.get("current").asText()).isEqualTo("FineReport 11.0");
        JsonNode last = versions.get("versions").get(versions.get("versions").size() - 1);
        assertThat(last.get("previous").asText()).isEqualTo("FineReport 10.0");
        assertThat(last.get("change").asText()).isEqualTo(change.get("reference").asText());
        assertThat(last.get("documents").get(0).get("kind").asText()).isEqualTo("升级清单");
        assertThat(http.get("it-nanshan", "/api/cases/" + caseNumber + "/changes").json().findValuesAsText("reference"))
                .containsExactly(change.get("reference").asText());
    }

    private static void awaitMail(String to, String subjectPart) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (jakarta.mail.internet.MimeMessage m : MAIL.getReceivedMessages()) {
                if (java.util.Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(to))
                        && m.getSubject().contains(subjectPart)) {
                    return true;
                }
            }
            return false;
        });
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private static Map<String, Object> window(ZonedDateTime start, ZonedDateTime end, String reason) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("windowStartAt", start.toOffsetDateTime().toString());
        values.put("windowEndAt", end.toOffsetDateTime().toString());
        values.put("takesServiceDown", true);
        if (reason != null) {
            values.put("outageReason", reason);
        }
        return values;
    }

    private static String claimed(EngineRest engine, String user, JsonNode task) {
        String id = task.get("id").asText();
        if (task.get("assignee").isNull()) {
            engine.claim(user, id);
        }
        return id;
    }

    /**
     * The reminder is due at once (the window is less than a day ahead): run it now if the job executor has not yet;
     * the window's timer waits for the window's start, and is fired here.
     */
    private void fireWhenDue(String instanceId, String activity, ZonedDateTime due) {
        Job reminder = management.createJobQuery().processInstanceId(instanceId).activityId("Event_ReminderDue")
                .singleResult();
        if (reminder != null) {
            try {
                management.executeJob(reminder.getId());
            } catch (RuntimeException e) {
                // the job executor ran it meanwhile
            }
        }
        Job job = await().atMost(Duration.ofSeconds(60)).until(() -> management.createJobQuery()
                .processInstanceId(instanceId).activityId(activity).singleResult(), j -> j != null);
        assertThat(job.getDuedate().toInstant()).isEqualTo(due.toInstant());
        management.executeJob(job.getId());
    }

    private java.net.http.HttpResponse<String> upload(String href, String user, String kind, String fileName,
                                                      String content) throws Exception {
        String boundary = "----weibao" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + href + "/documents"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-Requested-With", "XMLHttpRequest")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
