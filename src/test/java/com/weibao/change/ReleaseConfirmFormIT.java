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
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 院方确认发布计划 in Tasklist as FUSCC's IT user sees it: the release, its problem list and timetable, the decision. */
class ReleaseConfirmFormIT extends IntegrationTest {

    @Test
    void theHospitalsItUserSeesTheProblemListAndTimetableAndDecidesInTasklist() throws Exception {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String summary = "预约挂号页面偶发“系统繁忙”提示（界面）" + marker;
        Map<String, Object> fault = caseRequest(summary);
        fault.put("contract", "fuscc-internet-hospital");
        fault.put("system", "patient-portal");
        fault.put("priority", "P3");
        fault.put("impact", "FUNCTION_IMPAIRED");
        Http.Response created = http.post("agent", "/api/cases", fault);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String number = created.json().get("number").asText();

        String version = "2.1." + marker;
        Http.Response release = http.post("lead", "/api/releases", Map.of("contract", "fuscc-internet-hospital",
                "system", "patient-portal", "version", version, "plannedAt", OffsetDateTime.now(ZoneId.of(
                        "Asia/Shanghai")).plusDays(2).withHour(22).truncatedTo(ChronoUnit.HOURS).toString()));
        assertThat(release.status()).as(release.text()).isEqualTo(201);
        String instanceId = release.json().get("processInstanceId").asText();
        engine.complete("lead", engine.visibleTask("lead", instanceId), Map.of("addCaseNumbers", number,
                "releaseNote", "周五晚 22:00 发版，约 30 分钟，不停机"));
        JsonNode task = engine.visibleTask("it-fuscc", instanceId);
        assertThat(task.get("taskDefinitionKey").asText()).isEqualTo("Task_ConfirmReleasePlan");

        try (Browser browser = Browser.open(port)) {
            browser.logInToTasklist("it-fuscc");
            browser.get("/camunda/app/tasklist/default/#/?task=" + task.get("id").asText());
            browser.text("body", "确认意见");
            browser.text("body", "问题清单");
            browser.text("body", number);
            browser.text("body", summary);
            browser.text("body", "统一就诊服务门户");
            browser.text("body", "医院：复旦大学附属肿瘤医院");
            browser.text("body", "日 22:00");
            browser.screenshot("release-confirm");
        }
        Path shots = Path.of("/work/briefs/shots");
        if (Files.isDirectory(shots)) {
            Files.copy(Path.of("target", "screenshots", "release-confirm.png"), shots.resolve("release-confirm.png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
