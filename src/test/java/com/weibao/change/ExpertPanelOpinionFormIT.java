package com.weibao.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.support.Browser;
import com.weibao.support.EngineRest;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 发表专家意见 in Tasklist as engineer1 sees it: the case, the question, the panel, the opinion field. */
class ExpertPanelOpinionFormIT extends IntegrationTest {

    @Test
    void anExpertSeesTheCaseTheQuestionAndThePanelAndAnswersInTasklist() throws Exception {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String summary = "门诊扫码支付全部失败 " + marker;
        Map<String, Object> fault = caseRequest(summary);
        fault.put("contract", "fuscc-internet-hospital");
        fault.put("system", "patient-portal");
        fault.put("priority", "P1");
        fault.put("impact", "PAYMENT_DOWN");
        Http.Response created = http.post("agent", "/api/cases", fault);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String number = created.json().get("number").asText();
        String question = "支付网关返回证书错误，是否与昨晚的证书更新有关？请给出原因判断与处理建议";
        Http.Response panel = http.post("lead", "/api/cases/" + number + "/expert-panels", Map.of("experts",
                List.of("engineer1", "engineer2", "manager"), "question", question));
        assertThat(panel.status()).as(panel.text()).isEqualTo(201);
        JsonNode task = engine.visibleTask("engineer1", panel.json().get("processInstanceId").asText());
        assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_GiveExpertOpinion");

        try (Browser browser = Browser.open(port)) {
            browser.logInToTasklist("engineer1");
            browser.get("/camunda/app/tasklist/default/#/?task=" + task.get("id").asText());
            browser.text("body", "专家意见");
            browser.text("body", "会诊问题");
            browser.text("body", question);
            browser.text("body", number);
            browser.text("body", summary);
            browser.text("body", "一级故障（P1）");
            browser.text("body", "医院：复旦大学附属肿瘤医院");
            browser.text("body", "李强 工程师");
            browser.text("body", "尚未发表");
            browser.screenshot("expert-panel-opinion");
            browser.text("body", "刘洋 服务经理");
            browser.screenshot("expert-panel-opinion-field", "textarea");
        }
        Path shots = Path.of("/work/briefs/shots");
        if (Files.isDirectory(shots)) {
            for (String shot : List.of("expert-panel-opinion", "expert-panel-opinion-field")) {
                Files.copy(Path.of("target", "screenshots", shot + ".png"), shots.resolve(shot + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
