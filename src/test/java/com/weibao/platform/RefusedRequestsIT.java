package com.weibao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.weibao.platform.web.InvalidRequestException;
import com.weibao.support.EngineRest;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A table of what a user can get wrong or is not allowed, fired at the REST API, Camunda's REST API and the
 * webapps' own API: each answer has the right 4xx and says why (problem details naming the field, Camunda's error
 * JSON), and each request writes exactly one log line (INFO, RefusedRequests) and nothing at WARN or above, no stack
 * trace. Genuine engine errors are still logged at ERROR with their trace.
 */
class RefusedRequestsIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONG_TEXT = "长".repeat(1001);

    @Autowired
    ProcessEngine engine;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureLog() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        root.detachAppender(log);
    }

    private record Probe(String name, String user, String method, String path, Object body, int status,
                         Consumer<JsonNode> says) {
    }

    @Test
    void everyRefusalIsA4xxThatSaysWhyWithOneLogLine() throws Exception {
        Http http = http();
        String number = http.post("agent", "/api/cases", caseRequest("拒绝测试 " + UUID.randomUUID())).json()
                .get("number").asText();
        EngineRest rest = new EngineRest(http);
        String instance = rest.get("manager", "/process-instance?businessKey=" + number).get(0).get("id").asText();
        String task = rest.get("agent", "/task?processInstanceId=" + instance).get(0).get("id").asText();
        String renminsTask = "/task/" + task;
        String renminsInstance = "/process-instance/" + instance;

        List<Probe> probes = List.of(
                api("reporter phone longer than its column", "agent", "POST", "/api/cases",
                        reporter("phone", "1".repeat(51)), 400, field("reporter.phone", "longer than 50")),
                api("reporter name longer than its column", "agent", "POST", "/api/cases",
                        reporter("name", "王".repeat(101)), 400, field("reporter.name", "longer than 100")),
                api("reporter department longer than its column", "agent", "POST", "/api/cases",
                        reporter("department", "科".repeat(101)), 400, field("reporter.department", "longer than 100")),
                api("reporter e-mail longer than its column", "agent", "POST", "/api/cases",
                        reporter("email", "a".repeat(250) + "@renmin.example"), 400,
                        field("reporter.email", "longer than 254")),
                api("a page beyond any offset", "agent", "GET", "/api/cases?page=2147483647", null, 400,
                        field("page", "at most")),
                api("binding code for a reporter with over-long fields", "agent", "POST", "/api/wechat/binding-codes",
                        Map.of("name", "名".repeat(101), "phone", "1".repeat(51), "contract", "e-invoice"), 400,
                        field("phone", "longer than 50")),
                api("no such path", "agent", "GET", "/api/no-such-thing", null, 404, problem(404)),
                api("a method the path does not take", "agent", "PUT", "/api/cases/" + number, Map.of(), 405,
                        problem(405)),
                engineRest("another hospital's variables", "it-fuscc", "GET", renminsInstance + "/variables", null, 403,
                        camunda("AuthorizationException", "ENGINE-13034")),
                engineRest("another hospital's task form", "it-fuscc", "GET", renminsTask + "/form-variables", null,
                        403, camunda("AuthorizationException", "ENGINE-13034")),
                engineRest("claiming another hospital's task", "it-fuscc", "POST", renminsTask + "/claim",
                        Map.of("userId", "it-fuscc"), 403, camunda("AuthorizationException", "ENGINE-13034")),
                engineRest("completing another hospital's task", "it-fuscc", "POST", renminsTask + "/submit-form",
                        Map.of("variables", Map.of()), 403, camunda("AuthorizationException", "ENGINE-13034")),
                engineRest("writing another hospital's variable", "it-fuscc", "PUT", renminsInstance + "/variables/x",
                        Map.of("value", "1", "type", "String"), 403,
                        camunda("AuthorizationException", "只能通过完成任务表单提交")),
                engineRest("writing another hospital's local variable", "it-fuscc", "PUT",
                        "/execution/" + instance + "/localVariables/caseId", Map.of("value", "1", "type", "String"), 403,
                        camunda("AuthorizationException", "只能通过完成任务表单提交")),
                engineRest("a field outside the task's form", "agent", "POST", renminsTask + "/submit-form",
                        Map.of("variables", Map.of("caseId", Map.of("value", 1))), 400, field("caseId",
                                "not a field of form 'case-triage'")),
                engineRest("deleting another hospital's process", "it-fuscc", "DELETE", renminsInstance, null, 403,
                        camunda("AuthorizationException", "ENGINE-13034")),
                engineRest("a form the case refuses", "agent", "POST", renminsTask + "/submit-form",
                        Map.of("variables", Map.of("triageDecision", Map.of("value", "ACCEPT"))), 400,
                        field("systemCode", "请选择故障系统")),
                engineRest("a cancel reason longer than its column", "agent", "POST", renminsTask + "/submit-form",
                        Map.of("variables", Map.of("triageDecision", Map.of("value", "DUPLICATE"),
                                "cancelReason", Map.of("value", LONG_TEXT))), 400,
                        field("cancelReason", "longer than 1000")),
                engineRest("a start form the case refuses", "agent", "POST",
                        "/process-definition/key/CaseProcess/start",
                        Map.of("variables", Map.of("contractCode", Map.of("value", "no-such-contract"))), 400,
                        field("contract", "unknown contract")),
                engineRest("a message from a user", "agent", "POST", "/message",
                        Map.of("messageName", "Message_ReporterReplied"), 403,
                        camunda("AuthorizationException", "只能通过完成任务表单提交")),
                engineRest("a message nobody waits for", "admin", "POST", "/message",
                        Map.of("messageName", "no-such-message"), 400, camunda("RestException", "Cannot correlate")),
                engineRest("completing a task that is not there", "agent", "POST", "/task/no-such-task/complete",
                        Map.of("variables", Map.of()), 404, camunda("RestException", "Cannot find task")),
                engineRest("the engine's metrics", "admin", "GET", "/metrics", null, 200, body -> { }));

        List<String> failures = new ArrayList<>();
        for (Probe probe : probes) {
            log.list.clear();
            Http.Response response = http.request(probe.user(), probe.method(), probe.path(),
                    probe.body() == null ? null : "application/json",
                    probe.body() == null ? null : JSON.writeValueAsString(probe.body()));
            check(probe, response.status(), response.text(), failures);
        }

        // the webapps' own API (Tasklist): the same refusals for a logged-in hospital user
        Webapp tasklist = new Webapp("it-fuscc");
        for (Probe probe : List.of(
                new Probe("Tasklist: another hospital's task form", "it-fuscc", "GET", renminsTask + "/form-variables",
                        null, 403, camunda("AuthorizationException", "ENGINE-13034")),
                new Probe("Tasklist: claiming another hospital's task", "it-fuscc", "POST", renminsTask + "/claim",
                        Map.of("userId", "it-fuscc"), 403, camunda("AuthorizationException", "ENGINE-13034")),
                new Probe("Tasklist: another hospital's variables", "it-fuscc", "GET", renminsInstance + "/variables",
                        null, 403, camunda("AuthorizationException", "ENGINE-13034")))) {
            log.list.clear();
            HttpResponse<String> response = tasklist.send(probe.method(), probe.path(),
                    probe.body() == null ? null : JSON.writeValueAsString(probe.body()));
            check(probe, response.statusCode(), response.body(), failures);
        }

        Webapp desk = new Webapp("agent");
        Probe refusedForm = new Probe("Tasklist: a form the case refuses", "agent", "POST", renminsTask + "/submit-form",
                Map.of("variables", Map.of("triageDecision", Map.of("value", "ACCEPT"))), 400,
                field("systemCode", "请选择故障系统"));
        log.list.clear();
        HttpResponse<String> refused = desk.send(refusedForm.method(), refusedForm.path(),
                JSON.writeValueAsString(refusedForm.body()));
        check(refusedForm, refused.statusCode(), refused.body(), failures);

        assertThat(failures).isEmpty();
        assertThat(rest.get("agent", "/task/" + task).get("assignee").isNull()).as("nobody claimed it").isTrue();
        assertThat(http.get("agent", "/api/cases/" + number).json().get("status").asText()).isEqualTo("NEW");
    }

    @Test
    void aGenuineEngineErrorIsStillLoggedWithItsTraceAndARefusalIsNot() {
        var commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired();
        log.list.clear();

        try {
            commands.execute(context -> {
                throw new IllegalStateException("a genuine defect " + UUID.randomUUID());
            });
        } catch (IllegalStateException expected) {
            // the caller gets it as before
        }
        assertThat(log.list).filteredOn(e -> e.getLevel() == Level.ERROR && e.getThrowableProxy() != null
                && e.getLoggerName().equals("org.camunda.bpm.engine.context")
                && e.getThrowableProxy().getMessage().startsWith("a genuine defect")).hasSize(1);

        log.list.clear();
        try {
            commands.execute(context -> {
                throw InvalidRequestException.of("summary", "is required");
            });
        } catch (InvalidRequestException expected) {
            // the caller gets it as before
        }
        assertThat(log.list).filteredOn(e -> e.getThreadName().equals(Thread.currentThread().getName()))
                .filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.INFO)).isEmpty();
    }

    private void check(Probe probe, int status, String body, List<String> failures) throws IOException {
        List<ILoggingEvent> lines = log.list.stream().filter(e -> e.getThreadName().startsWith("http-nio-")).toList();
        List<String> problems = new ArrayList<>();
        if (status != probe.status()) {
            problems.add("status " + status + " instead of " + probe.status());
        }
        try {
            probe.says().accept(JSON.readTree(body));
        } catch (AssertionError | IOException | RuntimeException e) {
            problems.add("body: " + e);
        }
        List<ILoggingEvent> loud = lines.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN)
                || e.getThrowableProxy() != null).toList();
        if (!loud.isEmpty()) {
            problems.add(loud.size() + " line(s) at WARN/ERROR or with a trace, first: "
                    + loud.get(0).getFormattedMessage().lines().findFirst().orElse(""));
        }
        long refusedLines = lines.stream().filter(e -> e.getLoggerName().endsWith("RefusedRequests")).count();
        long expected = probe.status() >= 400 ? 1 : 0;
        if (refusedLines != expected || lines.size() != expected) {
            problems.add(lines.size() + " log line(s), " + refusedLines + " from RefusedRequests, instead of "
                    + expected + ": " + lines.stream().map(ILoggingEvent::getFormattedMessage).toList());
        }
        if (!problems.isEmpty()) {
            failures.add(probe.name() + " (" + probe.method() + " " + probe.path() + "): " + problems + " — "
                    + body.lines().findFirst().orElse(""));
        }
    }

    private static Probe api(String name, String user, String method, String path, Object body, int status,
                             Consumer<JsonNode> says) {
        return new Probe(name, user, method, path, body, status, says);
    }

    private static Probe engineRest(String name, String user, String method, String path, Object body, int status,
                                    Consumer<JsonNode> says) {
        return new Probe(name, user, method, "/engine-rest" + path, body, status, says);
    }

    private static Map<String, Object> reporter(String field, String value) {
        Map<String, Object> request = caseRequest("过长字段 " + UUID.randomUUID());
        @SuppressWarnings("unchecked")
        Map<String, Object> reporter = new LinkedHashMap<>((Map<String, Object>) request.get("reporter"));
        reporter.put(field, value);
        request.put("reporter", reporter);
        return request;
    }

    /** Problem details (API) or Camunda's error JSON with "errors" naming the field and why. */
    private static Consumer<JsonNode> field(String field, String reason) {
        return body -> assertThat(body.get("errors")).as("errors").anySatisfy(e -> {
            assertThat(e.get("field").asText()).isEqualTo(field);
            assertThat(e.get("message").asText()).contains(reason);
        });
    }

    private static Consumer<JsonNode> problem(int status) {
        return body -> {
            assertThat(body.get("status").asInt()).isEqualTo(status);
            assertThat(body.has("title")).isTrue();
            assertThat(body.has("detail")).isTrue();
        };
    }

    private static Consumer<JsonNode> camunda(String type, String message) {
        return body -> {
            assertThat(body.get("type").asText()).isEqualTo(type);
            assertThat(body.get("message").asText()).contains(message);
        };
    }

    /** The webapps' own API as Tasklist calls it: a session from the login form, the CSRF token in a header. */
    private final class Webapp {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

        Webapp(String user) throws Exception {
            client.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(user, StandardCharsets.UTF_8);
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(
                            uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf())
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            // as Tasklist does after the login: a first read, which gives the new session its CSRF token
            client.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default")).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** The CSRF token of the current session, as Tasklist reads it from its cookie (it changes at login). */
        private String csrf() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .reduce((first, second) -> second).orElseThrow().getValue();
        }

        HttpResponse<String> send(String method, String path, String json) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default" + path))
                    .header("X-XSRF-TOKEN", csrf()).header("Accept", "application/json");
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            return client.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
