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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The approval form in Tasklist as Nanshan's IT user sees it: the change, its versions and plans, the decision. */
class ChangeApprovalFormIT extends IntegrationTest {

    @Test
    void theHospitalsItUserSeesTheChangeAndDecidesInTasklist() throws Exception {
        Http http = http();
        String title = "FineReport 10 升级到 11（界面）" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> proposal = new LinkedHashMap<>();
        proposal.put("contract", "nanshan-report");
        proposal.put("system", "report-platform");
        proposal.put("kind", "STANDARD");
        proposal.put("title", title);
        proposal.put("currentVersion", "FineReport 10.0");
        proposal.put("targetVersion", "FineReport 11.0");
        proposal.put("reason", "院方已批准升级清单");
        proposal.put("implementationPlan", "备份后升级到 11.0，迁移模板");
        proposal.put("rollbackPlan", "恢复 10.0 备份");
        proposal.put("verificationPlan", "核对十张常用报表");
        proposal.put("takesServiceDown", true);
        Http.Response created = http.post("engineer1", "/api/changes", proposal);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String instanceId = created.json().get("processInstanceId").asText();
        JsonNode task = new EngineRest(http).visibleTask("it-nanshan", instanceId);

        try (Browser browser = Browser.open(port)) {
            browser.get("/camunda/app/tasklist/default/");
            browser.visible("input[ng-model=username]").sendKeys("it-nanshan");
            browser.visible("input[type=password]").sendKeys("it-nanshan");
            browser.visible("button[type=submit]").click();
            browser.text("body", "我的组任务");
            browser.get("/camunda/app/tasklist/default/#/?task=" + task.get("id").asText());
            browser.text("body", "审批意见");
            browser.text("body", "FineReport 10.0 → FineReport 11.0");
            browser.text("body", title);
            browser.text("body", "恢复 10.0 备份");
            browser.text("body", "医院：深圳市南山区卫生健康局");
            browser.screenshot("change-approval");
        }
        Path shots = Path.of("/work/briefs/shots");
        if (Files.isDirectory(shots)) {
            Files.copy(Path.of("target", "screenshots", "change-approval.png"), shots.resolve("change-approval.png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
