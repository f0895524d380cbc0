package com.weibao.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.weibao.support.EngineRest;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * A case from the Tasklist start form to the archive, each step done by the user who does it in Tasklist,
 * through Camunda's REST API with authorizations and tenants on; then the archive search, the fault report,
 * the history in Cockpit's API, and what another hospital's user cannot see or do.
 */
class CaseLifecycleIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aCaseFromTheStartFormToTheArchive() throws IOException {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String marker = "归档检索-" + UUID.randomUUID().toString().substring(0, 8);

        Http.Response started = engine.submitStartForm("agent", "CaseProcess", startForm("e-invoice", marker));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        String instanceId = started.json().get("id").asText();
        String number = http.get("agent", "/api/cases?text=" + marker).json().at("/items/0/number").asText();

        // triage: the agent sees the case and the proposed level, and confirms it
        JsonNode triage = engine.visibleTask("agent", instanceId);
        assertThat(triage.get("taskDefinitionKey").asText()).isEqualTo("Task_TriageCase");
        assertThat(triage.get("tenantId").asText()).isEqualTo("renmin");
        JsonNode triageForm = engine.formVariables("agent", triage.get("id").asText());
        assertThat(triageForm.at("/priority/value").asText()).isEqualTo("P2");
        JsonNode view = JSON.readTree(triageForm.at("/caseView/value").asText());
        assertThat(view.get("number").asText()).isEqualTo(number);
        assertThat(view.get("systemOptions")).extracting(o -> o.get("value").asText()).contains("einvoice-app");
        assertThat(view.get("faultLevelGuide").asText()).contains("P1 一级故障");
        assertThat(engine.visibleTask("it-fuscc", instanceId)).isNull();
        assertThat(engine.visibleTask("it-renmin", instanceId)).as("triage is the desk's job").isNull();
        engine.complete("agent", triage, Map.of("triageDecision", "ACCEPT", "systemCode", "einvoice-app",
                "category", "FAULT", "impact", "PAYMENT_DOWN", "priority", "P1", "faultType", "INTERFACE",
                "triageNote", "全院收费受影响"));

        // dispatch to engineer1
        JsonNode dispatch = engine.visibleTask("agent", instanceId);
        assertThat(dispatch.get("taskDefinitionKey").asText()).isEqualTo("Task_DispatchCase");
        JsonNode engineers = JSON.readTree(engine.formVariables("agent", dispatch.get("id").asText())
                .at("/engineerOptions/value").asText());
        assertThat(engineers).extracting(o -> o.get("value").asText()).contains("engineer1", "engineer2");
        engine.complete("agent", dispatch, Map.of("assignee", "engineer1"));

        // support: engineer1 asks for remote access, the hospital's IT department grants it
        JsonNode support = engine.visibleTask("engineer1", instanceId);
        assertThat(support.get("assignee").asText()).isEqualTo("engineer1");
        assertThat(engine.visibleTask("engineer2", instanceId)).as("candidate engineers see it too").isNotNull();
        Map<String, Object> remote = new HashMap<>();
        remote.put("supportMode", "HOTLINE");
        remote.put("supportStartedAt", EngineRest.minutesAgo(30));
        remote.put("supportEndedAt", EngineRest.minutesAgo(20));
        remote.put("supportNotes", "电话指导重启客户端无效");
        remote.put("supportOutcome", "REQUEST_REMOTE_ACCESS");
        remote.put("remoteAccessPurpose", "远程登录票据服务器检查证书");
        engine.complete("engineer1", support, remote);

        JsonNode approval = engine.visibleTask("it-renmin", instanceId);
        assertThat(approval.get("taskDefinitionKey").asText()).isEqualTo("Task_ApproveRemoteAccess");
        assertThat(engine.visibleTask("it-fuscc", instanceId)).isNull();
        Http.Response foreignCompletion = engine.submitTaskForm("it-fuscc", approval.get("id").asText(),
                Map.of("remoteAccessDecision", "GRANTED"));
        assertThat(foreignCompletion.status()).as("another hospital cannot decide: " + foreignCompletion.text())
                .isEqualTo(403);
        assertThat(engine.visibleTask("it-renmin", instanceId).get("id").asText())
                .isEqualTo(approval.get("id").asText());
        engine.complete("it-renmin", approval, Map.of("remoteAccessDecision", "GRANTED",
                "remoteAccessNote", "同意，操作前电话告知"));
        JsonNode afterApproval = engine.visibleTask("engineer1", instanceId);
        assertThat(engine.formVariables("engineer1", afterApproval.get("id").asText()).has("supportOutcome"))
                .as("处理工单 opens again with no next step chosen, not with 申请远程接入").isFalse();

        // remote work, then resolution
        Map<String, Object> fixed = new HashMap<>();
        fixed.put("supportMode", "REMOTE");
        fixed.put("supportStartedAt", EngineRest.minutesAgo(15));
        fixed.put("supportEndedAt", EngineRest.minutesAgo(5));
        fixed.put("supportNotes", "更换过期证书并重启接口服务");
        fixed.put("supportOutcome", "RESOLVED");
        Map<String, Object> endsLater = new HashMap<>(fixed);
        endsLater.put("supportEndedAt", EngineRest.minutesAgo(-30));
        Http.Response early = engine.submitTaskForm("engineer1",
                engine.visibleTask("engineer1", instanceId).get("id").asText(), endsLater);
        assertThat(early.status()).as(early.text()).isEqualTo(400);
        assertThat(early.json().get("message").asText()).contains("结束时间晚于当前时间");
        engine.complete("engineer1", engine.visibleTask("engineer1", instanceId), fixed);
        JsonNode resolve = engine.visibleTask("engineer1", instanceId);
        assertThat(engine.formVariables("engineer1", resolve.get("id").asText()).at("/faultType/value").asText())
                .as("the fault type assessed at triage is preselected").isEqualTo("INTERFACE");
        engine.complete("engineer1", resolve, Map.of("faultType", "INTERFACE",
                "rootCause", "财政电子票据平台证书过期（" + marker + "）", "resolution", "更新证书，重启接口服务，开票恢复"));

        // the hospital confirms; the case is closed with its fault report and archived
        JsonNode confirmation = engine.visibleTask("it-renmin", instanceId);
        assertThat(confirmation.get("taskDefinitionKey").asText()).isEqualTo("Task_ConfirmResolution");
        engine.complete("it-renmin", confirmation, Map.of("confirmation", "CONFIRMED", "satisfaction", "EXCELLENT",
                "feedback", "处理及时"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(http.get("agent", "/api/cases/" + number).json().get("status").asText())
                        .isEqualTo("ARCHIVED"));
        JsonNode archived = http.get("it-renmin", "/api/cases/" + number).json();
        assertThat(archived.get("priority").asText()).isEqualTo("P1");
        assertThat(archived.get("assignee").asText()).isEqualTo("engineer1");
        assertThat(archived.at("/closure/satisfaction").asText()).isEqualTo("EXCELLENT");
        assertThat(archived.at("/closure/confirmedBy").asText()).isEqualTo("it-renmin");
        assertThat(archived.get("supportActions")).extracting(a -> a.get("mode").asText())
                .containsExactly("HOTLINE", "REMOTE");
        assertThat(archived.at("/remoteAccessRequests/0/decidedBy").asText()).isEqualTo("it-renmin");
        assertThat(archived.get("history")).extracting(e -> e.get("type").asText()).containsSubsequence(
                "REGISTERED", "PRIORITY_PROPOSED", "TRIAGED", "ASSIGNED", "SUPPORT_ACTION", "REMOTE_ACCESS_REQUESTED",
                "REMOTE_ACCESS_GRANTED", "SUPPORT_ACTION", "RESOLVED", "CONFIRMED", "CLOSED", "FAULT_REPORT_WRITTEN",
                "ARCHIVED");
        assertThat(archived.get("history")).extracting(e -> e.get("actor").asText())
                .contains("agent", "engineer1", "it-renmin");

        // the written fault report is kept with the case and says what happened, in Chinese
        JsonNode report = archived.get("attachments").get(0);
        assertThat(report.get("kind").asText()).isEqualTo("FAULT_REPORT");
        Http.Response download = http.get("it-renmin", report.get("href").asText());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).contains("filename*=UTF-8''");
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(download.body()));
             XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains("故障处理报告", number, "市人民医院", "财政电子票据平台证书过期",
                    "更新证书，重启接口服务，开票恢复", "远程", "优");
        }
        assertThat(http.get("it-fuscc", report.get("href").asText()).status()).isEqualTo(404);

        // the reporter was told by mail at each step; the vendor sees those notifications on the case
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                http.get("agent", "/api/cases/" + number).json().get("notifications"))
                .filteredOn(n -> n.get("recipient").asText().equals("王护士"))
                .extracting(n -> n.get("event").asText() + "/" + n.get("status").asText())
                .containsExactly("REPORTER_TRIAGED/SENT", "REPORTER_ASSIGNED/SENT", "REPORTER_RESOLVED/SENT",
                        "REPORTER_CLOSED/SENT"));
        assertThat(Arrays.stream(MAIL.getReceivedMessages()).filter(m -> subject(m).startsWith("[" + number + "]")))
                .extracting(CaseLifecycleIT::subject)
                .contains("[" + number + "] 您的报修已受理", "[" + number + "] 问题已解决，请确认并评价");
        assertThat(http.get("it-renmin", "/api/cases/" + number).json().get("notifications")).isEmpty();

        // archive search by text, and the history the service manager sees in Cockpit
        JsonNode found = http.get("agent", "/api/cases?status=ARCHIVED&text=" + EngineRest.encode(marker)).json();
        assertThat(found.get("items")).extracting(i -> i.get("number").asText()).containsExactly(number);
        assertThat(http.get("it-fuscc", "/api/cases?text=" + EngineRest.encode(marker)).json().get("totalItems").asInt())
                .isZero();
        JsonNode history = engine.get("manager", "/history/process-instance?processInstanceBusinessKey=" + number);
        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("state").asText()).isEqualTo("COMPLETED");
        assertThat(engine.get("manager", "/history/activity-instance?processInstanceId=" + instanceId
                + "&activityId=Task_ArchiveCase")).hasSize(1);
        assertThat(engine.get("it-fuscc", "/history/process-instance?processInstanceBusinessKey=" + number)).isEmpty();
    }

    @Test
    void theStartFormRefusesAnUnknownContractWithAClearMessage() {
        Http.Response refused = new EngineRest(http()).submitStartForm("agent", "CaseProcess",
                startForm("no-such-contract", "x"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("unknown contract 'no-such-contract'");
    }

    @Test
    void aHospitalsItDepartmentRegistersCasesOnItsOwnContractsOnly() {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String marker = "院方信息科登记 " + UUID.randomUUID();
        // 登记报修 offers each user the contracts it may see: the hospital its own, the desk every hospital's
        assertThat(contractChoices(http, "it-renmin")).containsExactly("e-invoice");
        assertThat(contractChoices(http, "agent")).contains("e-invoice", "queue-call", "zhanjiang-5g-emergency");
        assertThat(http.get("it-renmin", "/engine-rest/process-definition/key/CaseProcess/deployed-start-form").text())
                .contains("市人民医院").doesNotContain("湛江", "中医院", "复旦");

        Map<String, Object> form = startForm("e-invoice", marker);
        form.remove("reportedAt"); // a hospital's report counts from the moment it is sent
        Http.Response started = engine.submitStartForm("it-renmin", "CaseProcess", form);

        assertThat(started.status()).as(started.text()).isEqualTo(200);
        JsonNode registered = http.get("agent", "/api/cases?text=" + EngineRest.encode(marker)).json();
        assertThat(registered.at("/items/0/contract/code").asText()).isEqualTo("e-invoice");
        assertThat(http.get("it-renmin", "/api/cases?text=" + EngineRest.encode(marker)).json().at("/totalItems")
                .asInt()).isEqualTo(1);

        String foreign = "外院合同 " + UUID.randomUUID();
        Map<String, Object> foreignForm = startForm("zhanjiang-5g-emergency", foreign);
        foreignForm.remove("reportedAt");
        Http.Response refused = engine.submitStartForm("it-renmin", "CaseProcess", foreignForm);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).doesNotContain("湛江", "5G");
        assertThat(http.get("agent", "/api/cases?text=" + EngineRest.encode(foreign)).json().at("/totalItems")
                .asInt()).as("nothing is registered").isZero();
        assertThat(engine.submitStartForm("clinical-renmin", "CaseProcess", startForm("e-invoice", "x")).status())
                .as("clinical departments report through their IT department or the hotline").isEqualTo(403);
    }

    /** The contract codes in the 合同 dropdown of the start form this user gets (Tasklist's: QuickStartIT). */
    private static List<String> contractChoices(Http http, String user) {
        JsonNode form = http.get(user, "/engine-rest/process-definition/key/CaseProcess/deployed-start-form").json();
        List<String> codes = new ArrayList<>();
        for (JsonNode component : form.get("components")) {
            if ("contractCode".equals(component.path("key").asText())) {
                component.get("values").forEach(v -> codes.add(v.get("value").asText()));
            }
        }
        return codes;
    }

    @Test
    void theReportersReplyResumesACaseWaitingForThem() {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String instanceId = engine.submitStartForm("agent", "CaseProcess", startForm("e-invoice", "等待回复"))
                .json().get("id").asText();
        engine.complete("agent", engine.visibleTask("agent", instanceId), Map.of("triageDecision", "ACCEPT",
                "systemCode", "einvoice-app", "category", "FAULT", "priority", "P3"));
        engine.complete("agent", engine.visibleTask("agent", instanceId), Map.of("assignee", "engineer2"));
        engine.complete("engineer2", engine.visibleTask("engineer2", instanceId), Map.of(
                "supportOutcome", "WAIT_FOR_REPORTER", "reporterQuestion", "请提供报错截图"));
        assertThat(engine.visibleTask("engineer2", instanceId)).isNull();
        String number = engine.get("manager", "/process-instance/" + instanceId).get("businessKey").asText();
        assertThat(http.get("agent", "/api/cases/" + number).json().get("status").asText())
                .isEqualTo("WAITING_FOR_REPORTER");

        Http.Response reply = http.post("it-renmin", "/api/cases/" + number + "/notes",
                Map.of("text", "截图已发到邮箱"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("type").asText()).isEqualTo("REPORTER_REPLIED");
        assertThat(http.get("agent", "/api/cases/" + number).json().get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(engine.visibleTask("engineer2", instanceId).get("taskDefinitionKey").asText())
                .isEqualTo("Task_SupportCase");
    }

    @Test
    void aDuplicateIsCancelledWithItsReason() {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String original = http.post("agent", "/api/cases", caseRequest("原始报修")).json().get("number").asText();
        String duplicate = http.post("agent", "/api/cases", caseRequest("同一问题再次来电")).json()
                .get("number").asText();
        JsonNode triage = engine.get("agent", "/task?processInstanceBusinessKey=" + duplicate).get(0);

        engine.complete("agent", triage, Map.of("triageDecision", "DUPLICATE",
                "duplicateOf", original, "cancelReason", "同一收费处已报修"));

        JsonNode cancelled = http.get("agent", "/api/cases/" + duplicate).json();
        assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.at("/cancellation/duplicateOf").asText()).isEqualTo(original);
        assertThat(cancelled.at("/cancellation/reason").asText()).isEqualTo("同一收费处已报修");
        assertThat(engine.get("manager", "/process-instance?businessKey=" + duplicate)).isEmpty();
        assertThat(engine.get("manager", "/history/activity-instance?activityId=EndEvent_CaseCancelled"
                + "&processInstanceId=" + triage.get("processInstanceId").asText())).hasSize(1);
    }


    private static String subject(jakarta.mail.Message message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> startForm(String contract, String summary) {
        Map<String, Object> form = new HashMap<>();
        form.put("contractCode", contract);
        form.put("reporterName", "王护士");
        form.put("reporterPhone", "020-12345678");
        form.put("reporterEmail", "wang.nurse@renmin.example");
        form.put("reporterDepartment", "门诊收费处");
        form.put("channel", "PHONE");
        form.put("category", "FAULT");
        form.put("impact", "PAYMENT_DOWN");
        form.put("summary", "收费窗口无法开具电子票据 " + summary);
        form.put("description", "开票时提示证书无效");
        form.put("reportedAt", EngineRest.minutesAgo(40));
        return form;
    }

}
