package com.weibao.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.weibao.support.EngineRest;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Seed 003 §7.3.3 over real HTTP with the demo data, each step by the user who does it in Tasklist: a P1 fault of
 * FUSCC's portal; the team lead convenes engineer1 and engineer2; each answers in their own task (a team lead cannot
 * answer for them); the lead records the conclusion; it is in the case's history, FUSCC's IT department gets it by
 * mail and reads it over REST (without the single opinions). A P3 case, a hospital user, an engineer, an incomplete
 * panel are refused; Renmin neither sees nor convenes anything on FUSCC's case.
 */
class ExpertPanelIT extends IntegrationTest {

    private static final String FUSCC = "fuscc-internet-hospital";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aLeadConvenesExpertsOnAP1CaseAndTheHospitalGetsTheConclusion() throws Exception {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String p1 = fault(http, "P1", "扫码支付全部失败 " + marker);
        String p3 = fault(http, "P3", "预约页面偶发报错 " + marker);
        String panels = "/api/cases/" + p1 + "/expert-panels";
        Map<String, Object> request = Map.of("experts", List.of("engineer1", "engineer2"),
                "question", "扫码支付全部失败：支付网关证书、连接池还是网络？请给出原因判断与处理建议 " + marker);

        // who may convene, on which case
        for (String user : List.of("it-renmin", "clinical-renmin")) {
            Http.Response foreign = http.post(user, panels, request);
            assertThat(foreign.status()).as(user).isEqualTo(404);
            assertThat(foreign.text()).doesNotContain(marker);
        }
        assertThat(http.post("it-fuscc", panels, request).status()).isEqualTo(403);
        assertThat(http.post("engineer1", panels, request).status()).isEqualTo(403);
        Http.Response notMajor = http.post("lead", "/api/cases/" + p3 + "/expert-panels", request);
        assertThat(notMajor.status()).isEqualTo(409);
        assertThat(notMajor.json().get("detail").asText()).contains("只有一级、二级故障或重复故障可以召集专家会诊",
                "三级（P3）");
        Http.Response incomplete = http.post("lead", panels, Map.of("experts", List.of("engineer1", "it-fuscc")));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.json().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("question", "experts");
        assertThat(incomplete.text()).contains("请写明请专家会诊的问题", "“it-fuscc”不是厂商的工程师、组长或服务经理");
        assertThat(http.get("lead", panels).json()).isEmpty();

        Http.Response convened = http.post("lead", panels, request);
        assertThat(convened.status()).as(convened.text()).isEqualTo(201);
        JsonNode panel = convened.json();
        assertThat(panel.get("reference").asText()).matches("HZ-\\d{6}");
        assertThat(panel.get("grounds").asText()).isEqualTo("一级故障（P1）");
        assertThat(panel.get("status").asText()).isEqualTo("COLLECTING_OPINIONS");
        assertThat(panel.get("experts").findValuesAsText("name")).containsExactly("张伟 工程师", "李强 工程师");
        String instance = panel.get("processInstanceId").asText();
        Http.Response twice = http.post("manager", panels, request);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asText()).contains("已有进行中的专家会诊 " + panel.get("reference").asText());
        assertThat(awaitMail("专家会诊邀请：工单 " + p1, "engineer2").getContent().toString())
                .contains("陈刚 组长", "发表专家意见", "张伟 工程师、李强 工程师");

        // one task per expert, in FUSCC's tenant; the hospital and other engineers see none of them
        JsonNode first = engine.visibleTask("engineer1", instance);
        JsonNode second = engine.visibleTask("engineer2", instance);
        for (JsonNode task : List.of(first, second)) {
            assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_GiveExpertOpinion");
            assertThat(task.get("tenantId").asText()).isEqualTo("fuscc");
        }
        assertThat(first.get("assignee").asText()).isEqualTo("engineer1");
        assertThat(second.get("assignee").asText()).isEqualTo("engineer2");
        assertThat(engine.visibleTask("it-fuscc", instance)).isNull();
        assertThat(engine.visibleTask("it-renmin", instance)).isNull();
        assertThat(engine.get("engineer1", "/task/" + first.get("id").asText() + "/form")
                .at("/camundaFormRef/key").asText()).isEqualTo("expert-panel-opinion");
        JsonNode view = JSON.readTree(engine.formVariables("engineer1", first.get("id").asText())
                .at("/panelView/value").asText());
        assertThat(view.get("question").asText()).contains(marker);
        assertThat(view.get("hospital").asText()).isEqualTo("复旦大学附属肿瘤医院");
        assertThat(view.get("experts").findValuesAsText("given")).containsOnly("尚未发表");

        // an empty opinion is refused in Chinese; the lead (who may update every task) cannot answer for an expert
        Http.Response empty = engine.submitTaskForm("engineer1", first.get("id").asText(),
                Map.of("expertOpinion", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.text()).contains("请填写您的会诊意见");
        Http.Response forged = engine.submitTaskForm("lead", first.get("id").asText(),
                Map.of("expertOpinion", "组长代答"));
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.text()).contains("只有受邀的会诊专家可以发表意见");
        engine.complete("engineer1", first, Map.of("expertOpinion", "支付网关证书今晨过期，需更换证书"));
        assertThat(http.get("lead", panels).json().get(0).get("status").asText()).isEqualTo("COLLECTING_OPINIONS");
        engine.complete("engineer2", second, Map.of("expertOpinion", "同意；另建议给证书到期加监控"));

        // the convener records the conclusion, seeing every opinion
        JsonNode conclude = engine.visibleTask("lead", instance);
        assertThat(conclude.get("taskDefinitionKey").asText()).isEqualTo("Task_RecordConclusion");
        assertThat(conclude.get("assignee").asText()).isEqualTo("lead");
        JsonNode conclusionView = JSON.readTree(engine.formVariables("lead", conclude.get("id").asText())
                .at("/panelView/value").asText());
        assertThat(conclusionView.get("experts").findValuesAsText("opinion"))
                .containsExactly("支付网关证书今晨过期，需更换证书", "同意；另建议给证书到期加监控");
        String conclusion = "今晚 22:00 更换支付网关证书，并为证书到期加监控 " + marker;
        engine.complete("lead", conclude, Map.of("panelConclusion", conclusion));

        // on the case, to FUSCC's IT department; FUSCC reads the conclusion, not the single opinions
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("lead", panels).json().get(0).get("status")
                .asText().equals("CONCLUDED"));
        JsonNode asVendor = http.get("lead", panels).json().get(0);
        assertThat(asVendor.get("experts").findValuesAsText("opinion")).hasSize(2);
        assertThat(asVendor.get("concludedBy").asText()).isEqualTo("陈刚 组长");
        JsonNode asHospital = http.get("it-fuscc", panels).json().get(0);
        assertThat(asHospital.get("conclusion").asText()).isEqualTo(conclusion);
        assertThat(asHospital.get("experts").findValuesAsText("name")).containsExactly("张伟 工程师", "李强 工程师");
        assertThat(asHospital.get("experts").findValues("opinion")).allMatch(JsonNode::isNull);
        assertThat(asHospital.get("processInstanceId").isNull()).isTrue();
        JsonNode history = http.get("it-fuscc", "/api/cases/" + p1).json().get("history");
        JsonNode recorded = null;
        for (JsonNode event : history) {
            if (event.get("type").asText().equals("EXPERT_PANEL")) {
                recorded = event;
            }
        }
        assertThat(recorded).as("the conclusion in the case's history").isNotNull();
        assertThat(recorded.get("actor").asText()).isEqualTo("lead");
        assertThat(recorded.get("detail").asText()).contains(conclusion, "张伟 工程师、李强 工程师");
        MimeMessage mail = awaitMail("专家会诊结论：工单 " + p1, "fuscc");
        assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString)).noneMatch(a -> a.contains("renmin"));
        String body = mail.getContent().toString();
        assertThat(body).contains("复旦大学附属肿瘤医院信息科：", conclusion, "一级故障（P1）", "陈刚 组长")
                .doesNotContain("engineer1", FUSCC, "支付网关证书今晨过期");
        Http.Response foreign = http.get("it-renmin", panels);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text()).doesNotContain(marker);
    }

    private static String fault(Http http, String priority, String summary) {
        Map<String, Object> request = caseRequest(summary);
        request.put("contract", FUSCC);
        request.put("system", "patient-portal");
        request.put("priority", priority);
        request.put("impact", "FUNCTION_IMPAIRED");
        Http.Response created = http.post("agent", "/api/cases", request);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("number").asText();
    }

    private static MimeMessage awaitMail(String subject, String recipientPart) {
        AtomicReference<MimeMessage> found = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (MimeMessage m : MAIL.getReceivedMessages()) {
                if (m.getSubject() != null && m.getSubject().contains(subject) && Arrays.stream(m.getAllRecipients())
                        .anyMatch(a -> a.toString().contains(recipientPart))) {
                    found.set(m);
                    return true;
                }
            }
            return false;
        });
        return found.get();
    }
}
