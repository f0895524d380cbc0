package com.weibao.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.contract.Hospital;
import com.weibao.contract.HospitalRepository;
import com.weibao.support.EngineRest;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import com.weibao.support.Parallel;
import com.weibao.support.TestMail;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case whose hospital is not known (a mail from an unknown sender) and a call from an unknown number belong to the
 * vendor's desk: no hospital user reads anything of them through Camunda's REST API, runtime or history, before or
 * after triage. Once triage assigns the contract the case goes on in its hospital's tenant, which that hospital's
 * users see (and only they), and runs to the archive there with the hospital's users doing their part.
 */
class UnassignedCaseIsolationIT extends IntegrationTest {

    @Autowired
    HospitalRepository hospitals;

    @Test
    void anUnknownSendersCaseIsTheDesksUntilTriageHandsItOverToItsHospital() {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String marker = "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        TestMail.send(MAIL.getSmtp().getPort(), TestMail.from("\"陈工\" <chen@unknown-clinic.example>", HELPDESK,
                "叫号屏无声 " + marker).base64Body("text/plain", "UTF-8", "二楼诊室叫号屏没有声音。联系电话 13912345678",
                StandardCharsets.UTF_8).bytes(), HELPDESK);
        String number = await().atMost(Duration.ofSeconds(60)).until(() -> http.get("agent", "/api/cases?text="
                + marker).json().at("/items/0/number").asText(null), n -> n != null);

        JsonNode deskInstance = engine.get("lead", "/process-instance?businessKey=" + number).get(0);
        String desk = deskInstance.get("id").asText();
        assertThat(deskInstance.get("tenantId").asText()).isEqualTo("desk");
        assertThat(engine.get("lead", "/history/decision-instance?processInstanceId=" + desk))
                .isNotEmpty().allSatisfy(d -> assertThat(d.get("tenantId").asText()).isEqualTo("desk"));
        JsonNode triage = engine.visibleTask("agent", desk);
        assertThat(triage.get("tenantId").asText()).isEqualTo("desk");
        Parallel.run(hospitalUsers().stream().<Runnable>map(user -> () -> assertNothingOf(http, user, number, desk))
                .toList());

        assertThat(engine.claim("agent", triage.get("id").asText()).status()).isEqualTo(204);
        Map<String, Object> form = new HashMap<>();
        form.put("triageDecision", "ACCEPT");
        form.put("triageContract", "queue-call");
        form.put("systemCode", "room-screen");
        form.put("category", "FAULT");
        form.put("priority", "P3");
        Http.Response triaged = engine.submitTaskForm("agent", triage.get("id").asText(), form);
        assertThat(triaged.status()).as(triaged.text()).isEqualTo(204);

        // the desk's instance ended at 移交医院处理; the case goes on in the hospital's tenant
        assertThat(engine.get("lead", "/history/activity-instance?processInstanceId=" + desk
                + "&activityId=EndEvent_CaseHandedOver")).hasSize(1);
        JsonNode continued = engine.get("lead", "/process-instance?businessKey=" + number).get(0);
        String hospital = continued.get("id").asText();
        assertThat(hospital).isNotEqualTo(desk);
        assertThat(continued.get("tenantId").asText()).isEqualTo("zhongyi");
        JsonNode dispatch = await().atMost(Duration.ofSeconds(30))
                .until(() -> engine.visibleTask("agent", hospital), t -> t != null);
        assertThat(dispatch.get("taskDefinitionKey").asText()).isEqualTo("Task_DispatchCase");
        JsonNode afterTriage = http.get("agent", "/api/cases/" + number).json();
        assertThat(afterTriage.get("history")).extracting(e -> e.get("type").asText())
                .containsSubsequence("CONTRACT_ASSIGNED", "TRIAGED", "HANDED_OVER");
        // the SLA watchers run in the hospital's instance, none in the desk's
        assertThat(afterTriage.get("slaTargets")).anySatisfy(t -> assertThat(t.get("status").asText())
                .isEqualTo("RUNNING"));
        assertThat(engine.get("lead", "/job?processInstanceId=" + hospital + "&timers=true")).isNotEmpty();
        assertThat(engine.get("lead", "/job?processInstanceId=" + desk)).isEmpty();

        Parallel.run(hospitalUsers().stream().<Runnable>map(user -> () -> {
            if (user.endsWith("-zhongyi")) {
                assertThat(engine.get(user, "/process-instance?businessKey=" + number))
                        .extracting(i -> i.get("id").asText()).containsExactly(hospital);
                assertThat(engine.get(user, "/variable-instance?processInstanceIdIn=" + hospital)).isNotEmpty();
                assertNothingOf(http, user, null, desk);
            } else {
                assertNothingOf(http, user, number, desk);
                assertNothingOf(http, user, null, hospital);
            }
        }).toList());

        // the case runs to the archive in the hospital's tenant, the hospital confirming
        engine.complete("agent", dispatch, Map.of("assignee", "engineer2"));
        JsonNode support = engine.visibleTask("engineer2", hospital);
        assertThat(support.get("tenantId").asText()).isEqualTo("zhongyi");
        engine.complete("engineer2", support, Map.of("supportMode", "HOTLINE",
                "supportStartedAt", EngineRest.minutesAgo(40), "supportEndedAt", EngineRest.minutesAgo(10),
                "supportNotes", "电话指导调整音量配置", "supportOutcome", "RESOLVED"));
        engine.complete("engineer2", engine.visibleTask("engineer2", hospital), Map.of("faultType", "CONFIGURATION",
                "rootCause", "音量被误调为静音", "resolution", "恢复音量设置"));
        JsonNode confirmation = engine.visibleTask("it-zhongyi", hospital);
        assertThat(confirmation.get("taskDefinitionKey").asText()).isEqualTo("Task_ConfirmResolution");
        assertThat(engine.visibleTask("it-renmin", hospital)).isNull();
        engine.complete("it-zhongyi", confirmation, Map.of("confirmation", "CONFIRMED", "satisfaction", "GOOD"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(http.get("it-zhongyi",
                "/api/cases/" + number).json().get("status").asText()).isEqualTo("ARCHIVED"));
        assertThat(engine.get("lead", "/history/process-instance?processInstanceId=" + hospital).get(0)
                .get("state").asText()).isEqualTo("COMPLETED");
    }

    @Test
    void aCallFromAnUnknownNumberIsTheDesksOnly() {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String phone = "139" + (10_000_000 + (int) (Math.random() * 89_999_999));
        Http.Response started = engine.submitStartForm("agent", "PhoneCallProcess", Map.of("callerPhone", phone,
                "callTime", EngineRest.minutesAgo(5), "summary", "陌生号码来电：HIS 无法登录"));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        String call = started.json().get("id").asText();
        assertThat(engine.visibleTask("agent", call).get("tenantId").asText()).isEqualTo("desk");

        Parallel.run(hospitalUsers().stream().<Runnable>map(user -> () -> assertNothingOf(http, user, null, call))
                .toList());
    }

    private List<String> hospitalUsers() {
        List<String> users = new ArrayList<>();
        for (Hospital h : hospitals.findAll()) {
            users.add("it-" + h.getCode());
            users.add("clinical-" + h.getCode());
        }
        return users;
    }

    /** What Camunda's REST API gives the user of the process instance and the case number: nothing. */
    private static void assertNothingOf(Http http, String user, String caseNumber, String instance) {
        List<String> lists = new ArrayList<>(List.of(
                "/process-instance?processInstanceIds=" + instance,
                "/execution?processInstanceId=" + instance,
                "/variable-instance?processInstanceIdIn=" + instance,
                "/task?processInstanceId=" + instance,
                "/event-subscription?processInstanceId=" + instance,
                "/job?processInstanceId=" + instance,
                "/incident?processInstanceId=" + instance,
                "/history/process-instance?processInstanceId=" + instance,
                "/history/activity-instance?processInstanceId=" + instance,
                "/history/variable-instance?processInstanceId=" + instance,
                "/history/detail?processInstanceId=" + instance,
                "/history/task?processInstanceId=" + instance,
                "/history/decision-instance?processInstanceId=" + instance,
                "/history/user-operation?processInstanceId=" + instance,
                "/history/job-log?processInstanceId=" + instance,
                "/history/incident?processInstanceId=" + instance));
        if (caseNumber != null) {
            lists.add("/process-instance?businessKey=" + caseNumber);
            lists.add("/task?processInstanceBusinessKey=" + caseNumber);
            lists.add("/history/process-instance?processInstanceBusinessKey=" + caseNumber);
            lists.add("/history/task?processInstanceBusinessKey=" + caseNumber);
        }
        for (String list : lists) {
            Http.Response response = http.get(user, "/engine-rest" + list);
            assertThat(response.status()).as("%s %s: %s", user, list, response.text()).isEqualTo(200);
            assertThat(response.json()).as("%s %s", user, list).isEmpty();
        }
        // refused; which status the engine's refusal gets (ENGINE-13034 "belongs to no authenticated tenant") is
        // issue 13's item 9, what matters here is that nothing of the instance comes back
        for (String single : List.of("/process-instance/" + instance, "/process-instance/" + instance
                + "/variables", "/process-instance/" + instance + "/activity-instances")) {
            Http.Response response = http.get(user, "/engine-rest" + single);
            assertThat(response.status()).as("%s %s: %s", user, single, response.text()).isGreaterThanOrEqualTo(400);
            assertThat(response.text()).as("%s %s", user, single).doesNotContain("\"value\"", "caseView",
                    "processDefinitionId");
        }
    }


}
