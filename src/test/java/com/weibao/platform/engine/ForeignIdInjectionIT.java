package com.weibao.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.weibao.cases.SupportCaseRepository;
import com.weibao.intake.phone.CtiSignature;
import com.weibao.intake.phone.PhoneCall;
import com.weibao.intake.phone.PhoneCallRepository;
import com.weibao.sla.CaseSlaTargetRepository;
import com.weibao.support.EngineRest;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import com.weibao.support.Parallel;
import com.weibao.support.WebappSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The attack of the trust review (issue 13, item 1) on every user task of every process: the user who works the
 * task completes it with an extra variable naming another hospital's case, inspection, SLA target, or another
 * call, and tries every other way into the process's variables (Camunda's variable endpoints for tasks, executions
 * and process instances, message correlation, signals, process-instance modification, a BPMN error, and the
 * webapps' own API as Tasklist uses it), and so do a team lead and a service manager, who have more Camunda rights.
 * Each attempt is refused (a completion with 400 naming the variable, anything else with 403), nothing of the
 * other hospital's case or inspection or of the other call changes (status, history, SLA targets, notifications,
 * variables), the attacker's own process keeps its variables, and the completion as the form has it then works.
 * The table of user tasks is checked against the deployed BPMN models: a user task without a row fails the test.
 */
class ForeignIdInjectionIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String FUSCC = "fuscc-internet-hospital";
    /** A start form's own fields, with what each user who starts one legitimately submits. */
    private static final Map<String, StartRow> START_FORMS = Map.of(
            "CaseProcess", new StartRow("agent", Map.of("contractCode", FUSCC, "reporterName", "周医生",
                    "reporterPhone", "021-64175590", "channel", "PHONE", "category", "FAULT",
                    "summary", "患者无法扫码支付")),
            "InspectionProcess", new StartRow("it-fuscc", Map.of("contractCode", FUSCC, "reason", "临时加做巡检")),
            "PhoneCallProcess", new StartRow("agent", Map.of("callerPhone", "021-64175591",
                    "callTime", OffsetDateTime.now(SHANGHAI).minusMinutes(5).truncatedTo(ChronoUnit.MINUTES).toString(),
                    "summary", "门户无法登录")),
            // quality: the yearly satisfaction survey (issue 16), started by a service manager
            "SatisfactionSurveyProcess", new StartRow("manager", Map.of("contractCode", FUSCC, "surveyYear",
                    String.valueOf(LocalDate.now(SHANGHAI).getYear()), "departments", "门诊部，021-64175501")));

    @Autowired
    RepositoryService repository;
    @Autowired
    SupportCaseRepository cases;
    @Autowired
    CaseSlaTargetRepository slaTargets;
    @Autowired
    PhoneCallRepository calls;

    private Http http;
    private EngineRest engine;
    private final Map<String, WebappSession> tasklist = new HashMap<>();

    /**
     * Who works a user task and what they submit, one form per visit (the last one repeats). No user: the task's
     * assignee (one task per expert of an expert panel).
     */
    private record Row(String user, List<Function<String, Map<String, Object>>> visits) {
    }

    private record StartRow(String user, Map<String, Object> form) {
    }

    /** One way into a running process other than a form; answers what the guard answers. */
    private interface Write {
        Http.Response send(String user);
    }

    @BeforeEach
    void clients() {
        http = http();
        engine = new EngineRest(http);
    }

    /** Every user task of every deployed process, as "ProcessKey/Task_Id". */
    private Map<String, Row> table() {
        Map<String, Row> table = new TreeMap<>();
        table.put("CaseProcess/Task_TriageCase", row("agent", Map.of("triageDecision", "ACCEPT",
                "systemCode", "patient-portal", "category", "FAULT", "priority", "P3")));
        table.put("CaseProcess/Task_DispatchCase", row("agent", Map.of("assignee", "engineer1")));
        table.put("CaseProcess/Task_SupportCase", new Row("engineer1", List.of(
                id -> support("HOTLINE", "REQUEST_REMOTE_ACCESS", Map.of("remoteAccessPurpose", "远程重启门户服务")),
                id -> support("REMOTE", "RESOLVED", Map.of()))));
        table.put("CaseProcess/Task_ApproveRemoteAccess", row("it-fuscc", Map.of("remoteAccessDecision", "GRANTED",
                "remoteAccessNote", "同意，夜间操作")));
        table.put("CaseProcess/Task_ResolveCase", row("engineer1", Map.of("faultType", "SOFTWARE",
                "rootCause", "门户会话缓存失效", "resolution", "清理缓存并重启服务")));
        table.put("CaseProcess/Task_ConfirmResolution", row("it-fuscc", Map.of("confirmation", "CONFIRMED",
                "satisfaction", "POOR", "feedback", "处理太慢")));
        table.put("InspectionProcess/Task_PerformInspection", new Row("engineer1", List.of(this::checklist)));
        table.put("InspectionProcess/Task_SignOffReport", new Row("it-fuscc", List.of(
                id -> Map.of("signOffDecision", "REJECTED", "signOffReason", "请补充异地备份记录"),
                id -> Map.of("signOffDecision", "SIGNED"))));
        table.put("InspectionProcess/Task_ReviseInspection", new Row("engineer1", List.of(this::checklist)));
        table.put("PhoneCallProcess/Task_ConfirmCaller", row("agent", Map.of("callDecision", "REGISTER",
                "callerName", "周医生", "callContract", FUSCC)));
        table.put("PhoneCallProcess/Task_CallBack", row("agent", Map.of("callbackOutcome", "REACHED",
                "callbackNote", "已回电说明")));
        // ---- report (issue 17): ContractReportProcess, reviewed by a service manager, returned once by fuscc's IT
        table.put("ContractReportProcess/Task_ReviewReport", row("manager", Map.of("summary", "本月系统运行平稳",
                "improvements", "加强夜间巡检")));
        table.put("ContractReportProcess/Task_AcknowledgeReport", new Row("it-fuscc", List.of(
                id -> Map.of("reportDecision", "RETURNED", "remarks", "请补充故障原因分析"),
                id -> Map.of("reportDecision", "ACKNOWLEDGED"))));
        // ---- end report
        // ---- quality: CallbackProcess (issue 16) — the callback team's call finds a poor, unsolved case; the
        // service manager settles the complaint
        table.put("CallbackProcess/Task_CallReporter", row("callback", Map.of("callOutcome", "REACHED",
                "problemSolved", "NO", "callbackRating", "POOR", "callbackComment", "问题仍未解决，等了很久")));
        table.put("CallbackProcess/Task_HandleComplaint", row("manager", Map.of("followUpAction", "SETTLED",
                "followUpNote", "已向报修人致歉并电话指导，问题已解决")));
        // complaints (issue 16): a hospital's complaint investigated and answered by a service manager
        table.put("ComplaintProcess/Task_InvestigateComplaint", row("manager", Map.of("investigation",
                "调取热线记录核实", "substantiated", "NO", "complaintReply", "经核实热线当时正常接听，已电话说明")));
        // the yearly satisfaction survey: each department called by the callback team, the manager's summary
        table.put("SatisfactionSurveyProcess/Task_CallDepartment", row("callback", Map.of("surveyOutcome", "REACHED",
                "surveyRating", "GOOD", "surveyComment", "系统稳定", "surveySuggestions", "希望多做培训")));
        table.put("SatisfactionSurveyProcess/Task_WriteSummary", row("manager", Map.of("surveySummary",
                "全年运行平稳", "improvementMeasures", "增加夜间值守")));
        // ---- end quality
        // --- ChangeProcess (issue 19): a normal change returned, revised, approved, scheduled, failed, rolled back
        // and abandoned; then an emergency change implemented, approved afterwards and verified
        table.put("ChangeProcess/Task_ReviewChange", new Row("lead", List.of(
                id -> Map.of("reviewDecision", "RETURN", "reviewRemarks", "回退方案请写明数据校验步骤"),
                id -> Map.of("reviewDecision", "PASS", "reviewRemarks", "方案完整"))));
        table.put("ChangeProcess/Task_ReviseChange", row("engineer1", Map.of("rollbackPlan", "恢复备份并核对挂号数据",
                "revisionNote", "补充数据校验")));
        table.put("ChangeProcess/Task_ApproveChange", row("it-fuscc", Map.of("approvalDecision", "APPROVED",
                "approvalRemarks", "同意")));
        table.put("ChangeProcess/Task_ScheduleChange", new Row("it-fuscc", List.of(id -> changeWindow())));
        table.put("ChangeProcess/Task_ImplementChange", new Row("engineer1", List.of(
                id -> Map.of("implementationSteps", "22:00 备份完成\n22:20 部署报错", "implementationOutcome", "FAILED"),
                id -> Map.of("implementationSteps", "紧急修复已部署", "implementationOutcome", "SUCCESS"))));
        table.put("ChangeProcess/Task_RollBackChange", row("engineer1", Map.of("rollbackSteps", "22:40 恢复备份，门户正常",
                "afterRollback", "ABANDON")));
        table.put("ChangeProcess/Task_ApproveEmergencyChange", row("it-fuscc", Map.of("approvalDecision", "APPROVED",
                "approvalRemarks", "同意补批")));
        table.put("ChangeProcess/Task_VerifyChange", row("it-fuscc", Map.of("verificationDecision", "ACCEPTED",
                "verificationRemarks", "门户正常")));
        // --- end ChangeProcess
        // --- ReleaseProcess (issue 19): the list sent back by the hospital and compiled again, confirmed,
        // implemented, refused at acceptance, implemented again, accepted
        table.put("ReleaseProcess/Task_CompileReleaseList", new Row("lead", List.of(
                id -> Map.of("addCaseNumbers", releaseCase, "releaseNote", "周五晚发版"),
                id -> Map.of("releaseNote", "已按院方意见调整"))));
        table.put("ReleaseProcess/Task_ConfirmReleasePlan", new Row("it-fuscc", List.of(
                id -> Map.of("confirmationDecision", "REFUSED", "confirmationRemarks", "周五门诊量大，请改期"),
                id -> Map.of("confirmationDecision", "CONFIRMED", "confirmationRemarks", "同意"))));
        table.put("ReleaseProcess/Task_ImplementRelease", row("engineer1", Map.of("implementationSteps",
                "22:00 部署；22:30 自测通过")));
        table.put("ReleaseProcess/Task_AcceptRelease", new Row("it-fuscc", List.of(
                id -> Map.of("acceptanceDecision", "REFUSED", "acceptanceRemarks", "仍偶发报错"),
                id -> Map.of("acceptanceDecision", "ACCEPTED", "acceptanceRemarks", "已修复"))));
        // --- end ReleaseProcess
        // --- ExpertPanelProcess (issue 19): each expert's opinion as its assignee, the convener's conclusion
        table.put("ExpertPanelProcess/Task_GiveExpertOpinion", new Row(null, List.of(
                id -> Map.of("expertOpinion", "支付网关证书过期，建议更换"))));
        table.put("ExpertPanelProcess/Task_RecordConclusion", row("lead", Map.of("panelConclusion",
                "今晚更换支付网关证书")));
        // --- end ExpertPanelProcess
        // ---- knowledge: ArticleReviewProcess (refused once, revised, resubmitted, published)
        table.put("ArticleReviewProcess/Task_ReviewArticle", new Row("lead", List.of(
                id -> Map.of("reviewDecision", "REFUSE", "remarks", "请补充证书更新的步骤"),
                id -> Map.of("reviewDecision", "PUBLISH", "remarks", "内容清楚"))));
        table.put("ArticleReviewProcess/Task_ReviseArticle", row("engineer1", Map.of(
                "title", "电子票据开具失败：提示证书无效（注入测试）", "problem", "收费窗口开具电子票据时提示证书无效",
                "solution", "1. 登录财政平台下载新证书；2. 替换证书；3. 重启接口服务", "revisionDecision", "RESUBMIT")));
        // ---- end knowledge
        return table;
    }

    @Test
    void everyUserTaskRefusesAnotherHospitalsIdsAndCompletesAsItsFormSays() {
        Map<String, Row> table = table();
        assertThat(table.keySet()).as("a row for every user task of every deployed process")
                .containsExactlyInAnyOrderElementsOf(deployedUserTasks());
        Victims victims = new Victims();
        String before = victims.snapshot();
        Map<String, Integer> visits = new TreeMap<>();

        walk(startCase(), table, victims, visits);
        walk(startInspection(), table, victims, visits);
        walk(startCall(), table, victims, visits);
        walk(missedCall(uniquePhone()), table, victims, visits);
        walk(startReport(), table, victims, visits); // report (issue 17)
        walk(startAssessment(), table, victims, visits); // report (issue 17): the assessment, same tasks
        walk(startCallback(), table, victims, visits); // quality (issue 16)
        walk(startSurvey(), table, victims, visits); // quality: the yearly survey (issue 16)
        walk(startComplaint(), table, victims, visits); // quality: complaints (issue 16)
        walk(startChange("NORMAL"), table, victims, visits); // ChangeProcess (issue 19)
        walk(startChange("EMERGENCY"), table, victims, visits); // ChangeProcess (issue 19)
        walk(startArticleReview(), table, victims, visits); // knowledge
        walk(startRelease(), table, victims, visits); // ReleaseProcess (issue 19)
        walk(startExpertPanel(), table, victims, visits); // ExpertPanelProcess (issue 19)

        assertThat(visits.keySet()).as("every user task was attacked").isEqualTo(table.keySet());
        assertThat(victims.snapshot()).isEqualTo(before);
    }

    @Test
    void everyStartFormRefusesVariablesOutsideIt() {
        Set<String> withForm = new TreeSet<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
            if (model.getModelElementsByType(StartEvent.class).stream().anyMatch(s -> s.getCamundaFormRef() != null)) {
                withForm.add(definition.getKey());
            }
        }
        assertThat(START_FORMS.keySet()).as("a row for every start form").isEqualTo(withForm);

        for (Map.Entry<String, StartRow> start : START_FORMS.entrySet()) {
            for (String foreign : List.of("caseId", "contractToBeAssigned", "registeredBy", "requestedBy", "trigger")) {
                Map<String, Object> injected = new LinkedHashMap<>(start.getValue().form());
                injected.put(foreign, foreign.equals("caseId") ? 1L : "forged");
                Http.Response refused = http.post(start.getValue().user(), "/engine-rest/process-definition/key/"
                        + start.getKey() + "/submit-form", Map.of("variables", typed(injected)));
                assertThat(refused.status()).as("%s + %s: %s", start.getKey(), foreign, refused.text()).isEqualTo(400);
                assertThat(fields(refused)).contains(foreign);
            }
            Http.Response started = http.post(start.getValue().user(), "/engine-rest/process-definition/key/"
                    + start.getKey() + "/submit-form", Map.of("variables", typed(start.getValue().form())));
            assertThat(started.status()).as("%s: %s", start.getKey(), started.text()).isEqualTo(200);
        }
    }

    // ------------------------------------------------------------------------------------------- the walk

    /** Works the process to its end: at each user task, every attack first, then the form's own completion. */
    private void walk(String instance, Map<String, Row> table, Victims victims, Map<String, Integer> visits) {
        while (true) {
            JsonNode task = await().atMost(Duration.ofSeconds(60)).until(() -> nextTask(instance), t -> t != null);
            if (task.isMissingNode()) {
                return;
            }
            String key = task.get("processDefinitionId").asText().split(":")[0] + "/"
                    + task.get("taskDefinitionKey").asText();
            Row row = table.get(key);
            assertThat(row).as("a row for %s", key).isNotNull();
            int visit = visits.merge(key, 1, Integer::sum) - 1;
            Map<String, Object> form = row.visits().get(Math.min(visit, row.visits().size() - 1))
                    .apply(task.get("id").asText());
            String user = row.user() != null ? row.user() : task.get("assignee").asText();
            attack(key, task, user, form, victims);
            complete(user, task, form);
        }
    }

    /** The instance's open task, or a missing node once it has ended, or null while it is busy. */
    private JsonNode nextTask(String instance) {
        JsonNode tasks = engine.get("lead", "/task?processInstanceId=" + instance);
        if (!tasks.isEmpty()) {
            return tasks.get(0);
        }
        JsonNode history = engine.get("lead", "/history/process-instance?processInstanceId=" + instance).get(0);
        return history.get("state").asText().equals("ACTIVE") ? null : history.path("no-task");
    }

    private void attack(String key, JsonNode task, String user, Map<String, Object> form, Victims victims) {
        String taskId = task.get("id").asText();
        String instance = task.get("processInstanceId").asText();
        String victimsBefore = victims.snapshot();
        String ownBefore = variables(instance);

        Set<String> formFields = formFields(user, taskId);
        assertThat(formFields).as(key).containsAll(form.keySet());
        List<Runnable> attempts = new ArrayList<>();
        for (Map.Entry<String, Object> foreign : victims.ids().entrySet()) {
            if (formFields.contains(foreign.getKey())) {
                continue; // the form's own field: the domain checks it with the user's rights
            }
            Map<String, Object> injected = new LinkedHashMap<>(form);
            injected.put(foreign.getKey(), foreign.getValue());
            attempts.add(() -> {
                Http.Response refused = http.post(user, "/engine-rest/task/" + taskId + "/submit-form",
                        Map.of("variables", typed(injected)));
                assertThat(refused.status()).as("%s + %s: %s", key, foreign.getKey(), refused.text()).isEqualTo(400);
                assertThat(fields(refused)).as(key).containsExactly(foreign.getKey());
            });
        }
        Map<String, Object> withCaseId = new LinkedHashMap<>(form);
        withCaseId.put("caseId", victims.caseId);
        Http.Response viaComplete = http.post(user, "/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", typed(withCaseId)));
        assertThat(viaComplete.status()).as("%s /complete: %s", key, viaComplete.text()).isEqualTo(400);

        // Tasklist's own API, with the user's session, as the browser calls it: the message is for the person
        WebappSession session = tasklist.computeIfAbsent(user, u -> WebappSession.signIn(port, u));
        Http.Response inTasklist = session.post("/task/" + taskId + "/submit-form", Map.of("variables",
                typed(withCaseId)));
        assertThat(inTasklist.status()).as("%s in Tasklist: %s", key, inTasklist.text()).isEqualTo(400);
        assertThat(inTasklist.json().get("message").asText()).contains("表单以外的字段", "caseId", "未作任何更改");
        Http.Response tasklistWrite = session.put("/process-instance/" + instance + "/variables/caseId",
                typedValue(victims.caseId));
        assertThat(tasklistWrite.status()).as("%s variable in Tasklist: %s", key, tasklistWrite.text())
                .isEqualTo(403);

        for (String writer : List.of(user, "lead", "manager")) {
            for (Map.Entry<String, Write> write : writes(task, victims).entrySet()) {
                attempts.add(() -> {
                    Http.Response refused = write.getValue().send(writer);
                    assertThat(refused.status()).as("%s: %s by %s: %s", key, write.getKey(), writer, refused.text())
                            .isEqualTo(403);
                });
            }
        }
        Parallel.run(attempts);

        assertThat(engine.get("lead", "/task/" + taskId).get("id").asText()).as("the task is still open")
                .isEqualTo(taskId);
        assertThat(variables(instance)).as("%s: the attacker's own process", key).isEqualTo(ownBefore);
        assertThat(victims.snapshot()).as("%s: the other hospital's case, inspection and call", key)
                .isEqualTo(victimsBefore);
    }

    /** Every way into a process's variables or tokens other than the task's form. */
    private Map<String, Write> writes(JsonNode task, Victims victims) {
        String taskId = task.get("id").asText();
        String instance = task.get("processInstanceId").asText();
        String execution = task.get("executionId").asText();
        Map<String, Object> foreign = typed(Map.of("caseId", victims.caseId, "inspectionId", victims.inspectionId));
        Map<String, Write> writes = new LinkedHashMap<>();
        writes.put("PUT task variable", u -> http.put(u, "/engine-rest/task/" + taskId + "/variables/caseId",
                typedValue(victims.caseId)));
        writes.put("PUT task-local variable", u -> http.put(u, "/engine-rest/task/" + taskId
                + "/localVariables/caseId", typedValue(victims.caseId)));
        writes.put("POST task variables", u -> http.post(u, "/engine-rest/task/" + taskId + "/variables",
                Map.of("modifications", foreign)));
        writes.put("POST task-local variables", u -> http.post(u, "/engine-rest/task/" + taskId
                + "/localVariables", Map.of("modifications", foreign)));
        writes.put("PUT process variable", u -> http.put(u, "/engine-rest/process-instance/" + instance
                + "/variables/caseId", typedValue(victims.caseId)));
        writes.put("POST process variables", u -> http.post(u, "/engine-rest/process-instance/" + instance
                + "/variables", Map.of("modifications", foreign, "deletions", List.of("caseNumber"))));
        writes.put("PUT execution-local variable", u -> http.put(u, "/engine-rest/execution/" + execution
                + "/localVariables/slaTargetId", typedValue(victims.slaTargetId)));
        writes.put("message with variables", u -> http.post(u, "/engine-rest/message", Map.of(
                "messageName", "Message_ReporterReplied", "processInstanceId", instance,
                "processVariables", foreign)));
        writes.put("arming another case's SLA target", u -> http.post(u, "/engine-rest/message", Map.of(
                "messageName", "Message_SlaTargetArmed", "processInstanceId", instance,
                "processVariables", typed(Map.of("armedSlaTargetId", victims.slaTargetId)))));
        writes.put("signal", u -> http.post(u, "/engine-rest/signal", Map.of("name", "Signal_Any",
                "variables", foreign)));
        writes.put("modification", u -> http.post(u, "/engine-rest/process-instance/" + instance + "/modification",
                Map.of("instructions", List.of(Map.of("type", "startBeforeActivity",
                        "activityId", task.get("taskDefinitionKey").asText(), "variables", foreign)))));
        writes.put("BPMN error with variables", u -> http.post(u, "/engine-rest/task/" + taskId + "/bpmnError",
                Map.of("errorCode", "Error_Any", "variables", foreign)));
        return writes;
    }

    private void complete(String user, JsonNode task, Map<String, Object> form) {
        String taskId = task.get("id").asText();
        if (task.get("assignee").isNull()) {
            assertThat(engine.claim(user, taskId).status()).isEqualTo(204);
        }
        Http.Response done = http.post(user, "/engine-rest/task/" + taskId + "/submit-form",
                Map.of("variables", typed(form)));
        assertThat(done.status()).as("%s completes %s: %s", user, task.get("taskDefinitionKey").asText(),
                done.text()).isIn(200, 204);
    }

    // --------------------------------------------------------------------------- the attacker's processes

    private String startCase() {
        Http.Response started = engine.submitStartForm("agent", "CaseProcess", START_FORMS.get("CaseProcess").form());
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        return started.json().get("id").asText();
    }

    private String startInspection() {
        Http.Response started = http.post("it-fuscc", "/api/contracts/" + FUSCC + "/inspections",
                Map.of("reason", "注入测试"));
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        return http.get("lead", started.header("Location")).json().get("processInstanceId").asText();
    }

    private String startCall() {
        Http.Response started = engine.submitStartForm("agent", "PhoneCallProcess", Map.of("callerPhone",
                uniquePhone(), "callTime", OffsetDateTime.now(SHANGHAI).minusMinutes(5).toString(),
                "summary", "陌生号码：互联网医院无法问诊"));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        return started.json().get("id").asText();
    }

    // ---- report (issue 17)

    /** A review of a report of fuscc's contract, started as a service manager starts one; its process instance. */
    private String startReport() {
        String period = reportPeriod();
        Http.Response started = http.post("manager", "/api/reports/" + FUSCC + "/" + period, Map.of());
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        return engine.get("lead", "/process-instance?businessKey=" + EngineRest.encode(FUSCC + "/" + period))
                .get(0).get("id").asText();
    }

    /** A review of fuscc's maintenance assessment (维保考核) of a year long past; its process instance. */
    private String startAssessment() {
        String year = String.valueOf(2000 + ThreadLocalRandom.current().nextInt(20));
        Http.Response started = http.post("manager", "/api/reports/" + FUSCC + "/" + year + "/assessment", Map.of());
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        return engine.get("lead", "/process-instance?businessKey=" + EngineRest.encode(FUSCC + "/" + year
                + "/assessment")).get(0).get("id").asText();
    }

    /** Renmin's report (its review waiting for a service manager): the id an attacker names as "reportId". */
    private long renminReport() {
        Http.Response started = http.post("manager", "/api/reports/e-invoice/" + reportPeriod(), Map.of());
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        return started.json().get("id").asLong();
    }

    /** A month long past that no schedule drafts and no other test uses. */
    private static String reportPeriod() {
        return String.format("%d-%02d", 2000 + ThreadLocalRandom.current().nextInt(20),
                1 + ThreadLocalRandom.current().nextInt(12));
    }

    // ---- end report
    // ---- quality: CallbackProcess (issue 16)

    @Autowired
    org.camunda.bpm.engine.ManagementService management;

    /**
     * The callback of a Zhanjiang repair (the contract calls back every closed case; FUSCC's calls back none): the
     * case registered by the desk, worked by engineer1 and confirmed by Zhanjiang's IT department through the REST
     * API as Tasklist does, closed; its callback process's delay timer fired as the other ITs fire timers.
     */
    private String startCallback() {
        String marker = "回访注入-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("contractCode", "zhanjiang-5g-emergency");
        form.put("reporterName", "李医生");
        form.put("reporterPhone", "13912345678");
        form.put("channel", "PHONE");
        form.put("category", "FAULT");
        form.put("summary", "救护车平板无法上传视频 " + marker);
        Http.Response started = engine.submitStartForm("agent", "CaseProcess", form);
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        String caseInstance = started.json().get("id").asText();
        engine.complete("agent", engine.visibleTask("agent", caseInstance), Map.of("triageDecision", "ACCEPT",
                "systemCode", "ambulance-kit", "category", "FAULT", "priority", "P3"));
        engine.complete("agent", engine.visibleTask("agent", caseInstance), Map.of("assignee", "engineer1"));
        engine.complete("engineer1", engine.visibleTask("engineer1", caseInstance),
                support("HOTLINE", "RESOLVED", Map.of()));
        engine.complete("engineer1", engine.visibleTask("engineer1", caseInstance), Map.of("faultType",
                "CONFIGURATION", "rootCause", "平板 APN 配置错误", "resolution", "重新配置 APN，上传恢复"));
        engine.complete("it-zhanjiang", engine.visibleTask("it-zhanjiang", caseInstance), Map.of("confirmation",
                "CONFIRMED", "satisfaction", "GOOD", "feedback", "处理及时"));
        String number = http.get("agent", "/api/cases?text=" + EngineRest.encode(marker)).json()
                .at("/items/0/number").asText();
        String instance = await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode found = engine.get("lead", "/process-instance?processDefinitionKey=CallbackProcess"
                    + "&businessKey=callback:" + number);
            return found.isEmpty() ? null : found.get(0).get("id").asText();
        }, id -> id != null);
        management.executeJob(management.createJobQuery().processInstanceId(instance).timers().singleResult()
                .getId());
        return instance;
    }

    /** A complaint of fuscc's IT department about the service, filed through the API; its complaint process. */
    private String startComplaint() {
        Http.Response filed = http.post("it-fuscc", "/api/quality/complaints", Map.of("contract", FUSCC,
                "description", "热线多次无人接听（注入测试）"));
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        return engine.get("lead", "/process-instance?processDefinitionKey=ComplaintProcess&businessKey="
                + EngineRest.encode("complaint:" + filed.json().get("reference").asText())).get(0).get("id").asText();
    }

    /** Last year's satisfaction survey of fuscc's contract (this year's is started by the start-form test). */
    private String startSurvey() {
        Http.Response started = engine.submitStartForm("manager", "SatisfactionSurveyProcess", Map.of(
                "contractCode", FUSCC, "surveyYear", String.valueOf(LocalDate.now(SHANGHAI).getYear() - 1),
                "departments", "门诊部，张主任，021-64175502\n药剂科，021-64175503"));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        return started.json().get("id").asText();
    }

    // ---- end quality
    // ---- knowledge
    /** An article on fuscc's contract, written and submitted by its author through the REST API; its review. */
    private String startArticleReview() {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("title", "电子票据开具失败：提示证书无效");
        article.put("problem", "收费窗口开具电子票据时提示证书无效");
        article.put("solution", "更新财政平台证书并重启接口服务");
        article.put("category", "FAULT");
        article.put("visibility", "FAQ");
        article.put("contracts", List.of(FUSCC));
        Http.Response created = http.post("engineer1", "/api/knowledge/articles", article);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        Http.Response submitted = http.post("engineer1", "/api/knowledge/articles/" + id + "/submit", Map.of());
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        return engine.get("lead", "/process-instance?processDefinitionKey=ArticleReviewProcess&businessKey=article-"
                + id).get(0).get("id").asText();
    }
    // ---- end knowledge

    /** A missed call from the CTI system, signed as it signs; its call-back process instance. */
    private String missedCall(String caller) {
        String callId = "inj-" + UUID.randomUUID();
        String body = "{\"type\":\"missed\",\"callId\":\"" + callId + "\",\"caller\":\"" + caller
                + "\",\"hotline\":\"4008118890\",\"startedAt\":\""
                + OffsetDateTime.now(SHANGHAI).minusMinutes(3).truncatedTo(ChronoUnit.SECONDS) + "\"}";
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        Http.Response accepted = http.postWithHeaders("/intake/cti/events", body, Map.of("X-Weibao-Source", "test",
                "X-Weibao-Timestamp", timestamp, "X-Weibao-Signature",
                CtiSignature.sign(CTI_SECRET, timestamp, body.getBytes(StandardCharsets.UTF_8))));
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        return await().atMost(Duration.ofSeconds(30)).until(() -> calls.findBySourceAndCallId("test", callId)
                .map(PhoneCall::getProcessInstanceId).orElse(null), id -> id != null);
    }

    // --- ChangeProcess (issue 19)

    /**
     * A change of fuscc's portal, proposed through /api/changes by the vendor's engineer (hospitals do not propose
     * changes); its timers (the reminder, the window's start) are executed at once as the administrator while the
     * walk waits for the next task, as Cockpit would.
     */
    private String startChange(String kind) {
        Http.Response created = http.post("engineer1", "/api/changes", change(FUSCC, "patient-portal", kind,
                "门户升级（注入测试）"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String instance = created.json().get("processInstanceId").asText();
        Thread timers = new Thread(() -> {
            long until = System.nanoTime() + Duration.ofMinutes(15).toNanos();
            while (System.nanoTime() < until) {
                for (JsonNode job : engine.get("admin", "/job?timers=true&processInstanceId=" + instance)) {
                    http.post("admin", "/engine-rest/job/" + job.get("id").asText() + "/execute", Map.of());
                }
                JsonNode history = engine.get("admin", "/history/process-instance?processInstanceId=" + instance);
                if (!history.isEmpty() && !history.get(0).get("state").asText().equals("ACTIVE")) {
                    return;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "change-timers-" + instance);
        timers.setDaemon(true);
        timers.start();
        return instance;
    }

    private static Map<String, Object> change(String contract, String system, String kind, String title) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("contract", contract);
        change.put("system", system);
        change.put("kind", kind);
        change.put("title", title + " " + UUID.randomUUID().toString().substring(0, 8));
        change.put("targetVersion", "2.1");
        change.put("reason", "修复挂号页面缺陷");
        change.put("implementationPlan", "1. 备份\n2. 部署 2.1");
        change.put("rollbackPlan", "恢复备份");
        change.put("verificationPlan", "院方核对挂号流程");
        change.put("takesServiceDown", false);
        change.put("implementer", "engineer1");
        return change;
    }

    /** Tomorrow evening, without an outage. */
    private static Map<String, Object> changeWindow() {
        OffsetDateTime start = OffsetDateTime.now(SHANGHAI).plusDays(1).withHour(22).truncatedTo(ChronoUnit.HOURS);
        return Map.of("windowStartAt", start.toString(), "windowEndAt", start.plusHours(1).toString());
    }

    // --- end ChangeProcess

    // --- ReleaseProcess (issue 19)

    /** The fuscc P3 case the attacker's release fixes (set by startRelease, added in Task_CompileReleaseList). */
    private String releaseCase;

    /** A release of fuscc's portal planned through /api/releases by the team lead, with a P3 case of fuscc to fix. */
    private String startRelease() {
        Map<String, Object> request = caseRequest("门户页面偶发报错（注入测试）");
        request.put("contract", FUSCC);
        request.put("system", "patient-portal");
        request.put("priority", "P3");
        Http.Response fault = http.post("agent", "/api/cases", request);
        assertThat(fault.status()).as(fault.text()).isEqualTo(201);
        releaseCase = fault.json().get("number").asText();
        Http.Response created = http.post("lead", "/api/releases", release(FUSCC, "patient-portal"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("processInstanceId").asText();
    }

    private static Map<String, Object> release(String contract, String system) {
        return Map.of("contract", contract, "system", system, "version", "2.1." + ThreadLocalRandom.current()
                .nextInt(1000), "plannedAt", OffsetDateTime.now(SHANGHAI).plusDays(2).withHour(22)
                .truncatedTo(ChronoUnit.HOURS).toString());
    }

    // --- end ReleaseProcess

    // --- ExpertPanelProcess (issue 19)

    /** A P1 case of fuscc, as the desk registers it; its number. */
    private String p1(String contract, String system, String summary) {
        Map<String, Object> request = caseRequest(summary);
        request.put("contract", contract);
        request.put("system", system);
        request.put("priority", "P1");
        Http.Response fault = http.post("agent", "/api/cases", request);
        assertThat(fault.status()).as(fault.text()).isEqualTo(201);
        return fault.json().get("number").asText();
    }

    /** An expert panel of engineer1 and engineer2 on a fuscc P1 case, convened by the team lead. */
    private String startExpertPanel() {
        String number = p1(FUSCC, "patient-portal", "扫码支付失败（注入测试）");
        Http.Response convened = http.post("lead", "/api/cases/" + number + "/expert-panels", Map.of("experts",
                List.of("engineer1", "engineer2"), "question", "扫码支付失败的原因？"));
        assertThat(convened.status()).as(convened.text()).isEqualTo(201);
        return convened.json().get("processInstanceId").asText();
    }

    // --- end ExpertPanelProcess

    /** The keyed fields of the task's Camunda Form, as the user's Tasklist loads it. */
    private Set<String> formFields(String user, String taskId) {
        Set<String> fields = new TreeSet<>();
        List<JsonNode> components = new ArrayList<>();
        collect(json(http.get(user, "/engine-rest/task/" + taskId + "/deployed-form")), components);
        components.forEach(c -> {
            if (!c.path("key").asText("").isEmpty()) {
                fields.add(c.get("key").asText());
            }
        });
        return fields;
    }

    /** The checklist as the generated form has it: every item passes, every value within its threshold. */
    private Map<String, Object> checklist(String taskId) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String field : formFields("engineer1", taskId)) {
            if (field.endsWith("_outcome")) {
                answers.put(field, "PASS");
            } else if (field.endsWith("_value")) {
                answers.put(field, 1.0);
            } else {
                answers.put(field, "正常");
            }
        }
        return answers;
    }

    private static void collect(JsonNode container, List<JsonNode> components) {
        for (JsonNode component : container.path("components")) {
            components.add(component);
            collect(component, components);
        }
    }

    // ------------------------------------------------------------------------------ the other hospital

    /**
     * Renmin's case (triaged and dispatched, so it has SLA targets and notifications), Renmin's inspection (waiting
     * for its checklist), and another missed call (waiting for its call-back): what the attacks aim at.
     */
    private final class Victims {

        final String caseNumber;
        final long caseId;
        final String caseInstance;
        final long slaTargetId;
        final long inspectionId;
        final String inspectionHref;
        final String inspectionInstance;
        final String inspectionRef;
        final String callId;
        final long phoneCallId;
        final String callInstance;
        final long reportId = renminReport(); // report (issue 17)
        final long changeId; // ChangeProcess (issue 19)
        final String changeRef; // ChangeProcess (issue 19)
        final String changeInstance; // ChangeProcess (issue 19)
        final long releaseId; // ReleaseProcess (issue 19)
        final String releaseRef; // ReleaseProcess (issue 19)
        final String releaseInstance; // ReleaseProcess (issue 19)
        final String panelCase; // ExpertPanelProcess (issue 19)
        final long panelId; // ExpertPanelProcess (issue 19)
        final String panelRef; // ExpertPanelProcess (issue 19)
        final String panelInstance; // ExpertPanelProcess (issue 19)

        Victims() {
            caseNumber = http.post("agent", "/api/cases", caseRequest("他院工单（注入测试）")).json().get("number").asText();
            caseId = cases.findByNumber(caseNumber).orElseThrow().getId();
            caseInstance = engine.get("lead", "/process-instance?businessKey=" + caseNumber).get(0).get("id").asText();
            complete("agent", engine.visibleTask("agent", caseInstance), Map.of("triageDecision", "ACCEPT",
                    "systemCode", "einvoice-app", "category", "FAULT", "priority", "P3"));
            complete("agent", engine.visibleTask("agent", caseInstance), Map.of("assignee", "engineer2"));
            slaTargetId = slaTargets.findByCaseIdOrderByIdAsc(caseId).get(0).getId();

            Http.Response inspection = http.post("it-renmin", "/api/contracts/e-invoice/inspections",
                    Map.of("reason", "他院巡检（注入测试）"));
            assertThat(inspection.status()).as(inspection.text()).isEqualTo(201);
            inspectionHref = inspection.header("Location");
            JsonNode details = http.get("lead", inspectionHref).json();
            inspectionId = details.get("id").asLong();
            inspectionInstance = details.get("processInstanceId").asText();
            inspectionRef = details.get("reference").asText();

            String caller = uniquePhone();
            callInstance = missedCall(caller);
            PhoneCall call = calls.findByProcessInstanceId(callInstance).orElseThrow();
            callId = call.getCallId();
            phoneCallId = call.getId();
            await().atMost(Duration.ofSeconds(30)).until(() -> engine.visibleTask("agent", callInstance) != null);
            await().atMost(Duration.ofSeconds(30)).until(() -> http.get("agent", "/api/cases/" + caseNumber).json()
                    .get("notifications").findValuesAsText("status").stream()
                    .noneMatch(s -> s.equals("PENDING") || s.equals("SENDING")));
            // ChangeProcess (issue 19): Renmin's change, waiting for the vendor's review
            JsonNode renminChange = http.post("engineer2", "/api/changes", change("e-invoice", "einvoice-app",
                    "NORMAL", "他院变更（注入测试）")).json();
            changeId = renminChange.get("id").asLong();
            changeRef = renminChange.get("reference").asText();
            changeInstance = renminChange.get("processInstanceId").asText();
            // ReleaseProcess (issue 19): Renmin's release fixing Renmin's P3 case, its list being compiled
            JsonNode renminRelease = http.post("lead", "/api/releases", release("e-invoice", "einvoice-app")).json();
            releaseId = renminRelease.get("id").asLong();
            releaseRef = renminRelease.get("reference").asText();
            releaseInstance = renminRelease.get("processInstanceId").asText();
            Http.Response listed = http.post("lead", "/api/releases/" + releaseId + "/cases",
                    Map.of("caseNumber", caseNumber));
            assertThat(listed.status()).as(listed.text()).isEqualTo(200);
            // ExpertPanelProcess (issue 19): Renmin's P1 case and its panel, waiting for the experts' opinions
            panelCase = p1("e-invoice", "einvoice-app", "他院专家会诊（注入测试）");
            JsonNode renminPanel = http.post("lead", "/api/cases/" + panelCase + "/expert-panels", Map.of("experts",
                    List.of("engineer2", "manager"), "question", "他院问题")).json();
            panelId = renminPanel.get("id").asLong();
            panelRef = renminPanel.get("reference").asText();
            panelInstance = renminPanel.get("processInstanceId").asText();
        }

        /** The foreign ids an attacker puts into a completion, as the variables the processes use. */
        Map<String, Object> ids() {
            Map<String, Object> ids = new LinkedHashMap<>();
            ids.put("caseId", caseId);
            ids.put("caseNumber", caseNumber);
            ids.put("contractCode", "e-invoice");
            ids.put("triageContract", "e-invoice");
            ids.put("priority", "P1");
            ids.put("assignee", "engineer2");
            ids.put("handOverToHospital", true);
            ids.put("slaTargetId", slaTargetId);
            ids.put("armedSlaTargetId", slaTargetId);
            ids.put("inspectionId", inspectionId);
            ids.put("inspectionRef", inspectionRef);
            ids.put("signOffGroup", "hospital-it-renmin");
            ids.put("phoneCallId", phoneCallId);
            ids.put("callId", callId);
            ids.put("noteCaseNumber", caseNumber);
            ids.put("reportId", reportId); // report (issue 17)
            ids.put("changeId", changeId); // ChangeProcess (issue 19)
            ids.put("changeRef", changeRef); // ChangeProcess (issue 19)
            ids.put("releaseId", releaseId); // ReleaseProcess (issue 19)
            ids.put("releaseRef", releaseRef); // ReleaseProcess (issue 19)
            ids.put("panelId", panelId); // ExpertPanelProcess (issue 19)
            ids.put("panelRef", panelRef); // ExpertPanelProcess (issue 19)
            ids.put("expert", "engineer2"); // ExpertPanelProcess (issue 19)
            return ids;
        }

        /** Everything of the victims an attack could change, as the vendor's staff see it. */
        String snapshot() {
            PhoneCall call = calls.findByProcessInstanceId(callInstance).orElseThrow();
            return String.join("\n",
                    http.get("agent", "/api/cases/" + caseNumber).text(),
                    variables(caseInstance),
                    tasksOf(caseInstance),
                    http.get("lead", inspectionHref).text(),
                    variables(inspectionInstance),
                    tasksOf(inspectionInstance),
                    call.getState() + " " + call.getCaseNumber() + " " + call.getOutsideHours() + " "
                            + call.getUpdatedAt(),
                    variables(callInstance),
                    tasksOf(callInstance),
                    http.get("lead", "/api/changes/" + changeId).text(), // ChangeProcess (issue 19)
                    variables(changeInstance), // ChangeProcess (issue 19)
                    tasksOf(changeInstance), // ChangeProcess (issue 19)
                    http.get("lead", "/api/releases/" + releaseId).text(), // ReleaseProcess (issue 19)
                    variables(releaseInstance), // ReleaseProcess (issue 19)
                    tasksOf(releaseInstance), // ReleaseProcess (issue 19)
                    http.get("lead", "/api/cases/" + panelCase + "/expert-panels").text(), // ExpertPanelProcess
                    variables(panelInstance), // ExpertPanelProcess (issue 19)
                    tasksOf(panelInstance)); // ExpertPanelProcess (issue 19)
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    private Set<String> deployedUserTasks() {
        Set<String> tasks = new TreeSet<>();
        for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
            BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
            model.getModelElementsByType(UserTask.class)
                    .forEach(task -> tasks.add(definition.getKey() + "/" + task.getId()));
        }
        return tasks;
    }

    private String variables(String instance) {
        return http.get("lead", "/engine-rest/process-instance/" + instance
                + "/variables?deserializeValues=false").text();
    }

    private String tasksOf(String instance) {
        StringBuilder tasks = new StringBuilder();
        for (JsonNode task : engine.get("lead", "/task?processInstanceId=" + instance)) {
            tasks.append(task.get("id").asText()).append(' ').append(task.get("taskDefinitionKey").asText())
                    .append(' ').append(task.get("assignee").asText()).append(';');
        }
        return tasks.toString();
    }

    private static Row row(String user, Map<String, Object> form) {
        return new Row(user, List.of(id -> form));
    }

    private static Map<String, Object> support(String mode, String outcome, Map<String, Object> more) {
        OffsetDateTime started = OffsetDateTime.now(SHANGHAI).minusHours(2).truncatedTo(ChronoUnit.MINUTES);
        Map<String, Object> form = new LinkedHashMap<>(more);
        form.put("supportMode", mode);
        form.put("supportStartedAt", started.toString());
        form.put("supportEndedAt", started.plusMinutes(30).toString());
        form.put("supportNotes", "排查门户日志");
        form.put("supportOutcome", outcome);
        return form;
    }

    private static String uniquePhone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** REST's typed variables: the type of each value as Camunda names it. */
    private static Map<String, Object> typed(Map<String, Object> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, typedValue(value)));
        return typed;
    }

    private static Map<String, Object> typedValue(Object value) {
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("value", value);
        typed.put("type", value == null ? "Null" : value instanceof Long ? "Long" : value instanceof Double ? "Double"
                : value instanceof Boolean ? "Boolean" : "String");
        return typed;
    }

    private static List<String> fields(Http.Response refused) {
        List<String> fields = new ArrayList<>();
        refused.json().path("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    private static JsonNode json(Http.Response response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(response.text(), e);
        }
    }
}
