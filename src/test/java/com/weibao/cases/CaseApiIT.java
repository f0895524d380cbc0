package com.weibao.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The case REST API over real HTTP: creation, reading, searching, notes, every bad input, and who sees what. */
class CaseApiIT extends IntegrationTest {

    @Test
    void createsACaseAndAnswersWithItsLocation() {
        Http.Response created = http().post("agent", "/api/cases", caseRequest("电子票据无法开具"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        String number = body.get("number").asText();
        assertThat(number).matches("WB-\\d{4}-\\d{6}");
        assertThat(created.header("Location")).isEqualTo("/api/cases/" + number);
        assertThat(body.get("status").asText()).isEqualTo("NEW");
        assertThat(body.get("priority").asText()).isEqualTo("P2");
        assertThat(body.at("/hospital/code").asText()).isEqualTo("renmin");
        assertThat(body.at("/system/code").asText()).isEqualTo("einvoice-app");
        assertThat(body.get("registeredBy").asText()).isEqualTo("agent");

        JsonNode read = http().get("agent", "/api/cases/" + number).json();
        assertThat(read.get("summary").asText()).isEqualTo("电子票据无法开具");
        assertThat(read.get("history")).extracting(e -> e.get("type").asText())
                .containsExactly("REGISTERED", "PRIORITY_PROPOSED");
    }

    /** A report the desk took down on paper the evening before, dated when it was made. */
    @Test
    void aGivenPriorityAndReportTimeAreKept() {
        Instant reportedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(15));
        Map<String, Object> request = caseRequest("排队叫号屏不显示");
        request.put("contract", "queue-call");
        request.put("system", "room-screen");
        request.put("priority", "P1");
        request.put("reportedAt", OffsetDateTime.ofInstant(reportedAt, ZoneOffset.ofHours(8)).toString());
        request.put("reportedAtReason", "昨晚电话报修，纸质记录");

        JsonNode body = http().post("agent", "/api/cases", request).json();

        assertThat(body.get("priority").asText()).isEqualTo("P1");
        assertThat(Instant.parse(body.get("reportedAt").asText())).isEqualTo(reportedAt);
    }

    static Stream<Arguments> badRequests() {
        String future = OffsetDateTime.now(ZoneOffset.UTC).plusHours(2).toString();
        return Stream.of(
                bad("unknown contract", r -> r.put("contract", "no-such-contract"), "contract", "unknown contract"),
                bad("unknown system", r -> r.put("system", "no-such-system"), "system", "unknown system"),
                bad("missing summary", r -> r.remove("summary"), "summary", "is required"),
                bad("blank summary", r -> r.put("summary", "   "), "summary", "is required"),
                bad("bad channel", r -> r.put("channel", "TELEGRAM"), "channel", "not one of"),
                bad("bad category", r -> r.put("category", "BUG"), "category", "not one of"),
                bad("bad priority", r -> r.put("priority", "P0"), "priority", "not one of"),
                bad("missing category", r -> r.remove("category"), "category", "is required"),
                bad("reported in the future", r -> r.put("reportedAt", future), "reportedAt", "in the future"),
                bad("not a date", r -> r.put("reportedAt", "yesterday"), "reportedAt", "not a valid"),
                bad("misspelt field", r -> r.put("priorty", "P1"), "priorty", "not a known field"),
                bad("no way to reach the reporter", r -> r.put("reporter", Map.of("name", "王护士")), "reporter",
                        "phone number or an e-mail"),
                bad("bad e-mail", r -> r.put("reporter", Map.of("name", "王", "email", "wang-at-hospital")),
                        "reporter.email", "not an e-mail address"));
    }

    private static Arguments bad(String name, Consumer<Map<String, Object>> change, String field, String reason) {
        return Arguments.of(name, change, field, reason);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void rejectsBadInputNamingTheFieldAndCreatesNothing(String name, Consumer<Map<String, Object>> change,
                                                        String field, String reason) {
        String summary = "bad-input-" + UUID.randomUUID();
        Map<String, Object> request = caseRequest(summary);
        change.accept(request);

        Http.Response response = http().post("agent", "/api/cases", request);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors")).anySatisfy(error -> {
            assertThat(error.get("field").asText()).isEqualTo(field);
            assertThat(error.get("message").asText()).contains(reason);
        });
        assertThat(http().get("agent", "/api/cases?text=" + summary).json().get("totalItems").asInt()).isZero();
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        Map<String, Object> request = caseRequest("x");
        request.put("contract", "nope");
        request.remove("summary");
        request.remove("category");

        JsonNode problem = http().post("agent", "/api/cases", request).json();

        assertThat(problem.get("errors")).extracting(e -> e.get("field").asText())
                .contains("contract", "summary", "category");
    }

    @Test
    void malformedJsonIsAProblemToo() {
        Http.Response response = http().postRaw("agent", "/api/cases", "{\"contract\": \"e-invoice\",");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asText()).contains("not valid JSON");
    }

    @Test
    void requiresAuthentication() {
        Http.Response anonymous = http().get(null, "/api/cases");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");

        // a wrong password makes Camunda delay that user's next login, so use a user no other test needs
        assertThat(http().get("clinical-zhanjiang:wrong-password", "/api/cases").status()).isEqualTo(401);
        assertThat(http().get("nobody:nobody", "/api/cases").status()).isEqualTo(401);
        assertThat(http().post(null, "/api/cases", caseRequest("x")).status()).isEqualTo(401);
        assertThat(http().get(null, "/engine-rest/task").status()).isEqualTo(401);
        assertThat(http().get("clinical-zhanjiang:wrong-password", "/engine-rest/task").status()).isEqualTo(401);
    }

    @Test
    void aHospitalSeesItsOwnCasesAndContractsOnly() {
        String number = http().post("agent", "/api/cases", caseRequest("人民医院的工单")).json()
                .get("number").asText();

        Http.Response foreign = http().get("it-fuscc", "/api/cases/" + number);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text()).doesNotContain("人民医院的工单");
        assertThat(http().get("it-renmin", "/api/cases/" + number).status()).isEqualTo(200);
        assertThat(http().get("clinical-renmin", "/api/cases/" + number).status()).isEqualTo(200);

        assertThat(http().get("it-fuscc", "/api/cases?text=人民医院的工单").json().get("totalItems").asInt()).isZero();
        assertThat(http().get("it-renmin", "/api/cases?text=人民医院的工单").json().get("totalItems").asInt()).isOne();
        assertThat(http().post("it-fuscc", "/api/cases/" + number + "/notes", Map.of("text", "偷看")).status())
                .isEqualTo(404);

        assertThat(http().get("it-fuscc", "/api/contracts").json()).extracting(c -> c.get("code").asText())
                .containsExactly("fuscc-internet-hospital");
        assertThat(http().get("it-fuscc", "/api/contracts/e-invoice").status()).isEqualTo(404);
        assertThat(http().get("agent", "/api/contracts").json()).extracting(c -> c.get("code").asText())
                .contains("nanshan-report", "e-invoice", "queue-call", "fuscc-internet-hospital", "zhanjiang-5g-emergency");

        Map<String, Object> intoAnotherHospital = caseRequest("越权报修");
        Http.Response refused = http().post("it-fuscc", "/api/cases", intoAnotherHospital);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("contract");
    }

    @Test
    void aHospitalUserCanReportForItsOwnContract() {
        Map<String, Object> request = caseRequest("门户无法挂号");
        request.put("contract", "fuscc-internet-hospital");
        request.put("system", "patient-portal");
        request.put("channel", "WEB");

        Http.Response created = http().post("it-fuscc", "/api/cases", request);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("registeredBy").asText()).isEqualTo("it-fuscc");
    }

    @Test
    void searchesByContractPriorityAndTextWithPaging() {
        String tag = "检索-" + UUID.randomUUID();
        List<String> numbers = new ArrayList<>();
        for (String impact : List.of("SYSTEM_DOWN", "FUNCTION_IMPAIRED", "FUNCTION_IMPAIRED")) {
            Map<String, Object> request = caseRequest("叫号异常 " + tag);
            request.put("contract", "queue-call");
            request.put("system", "triage-desk");
            request.put("impact", impact);
            numbers.add(http().post("agent", "/api/cases", request).json().get("number").asText());
        }

        JsonNode all = http().get("agent", "/api/cases?contract=queue-call&text=" + tag).json();
        assertThat(all.get("totalItems").asInt()).isEqualTo(3);
        assertThat(all.get("items")).extracting(i -> i.get("number").asText())
                .containsExactly(numbers.get(2), numbers.get(1), numbers.get(0));

        JsonNode p1 = http().get("agent", "/api/cases?priority=P1&text=" + tag).json();
        assertThat(p1.get("items")).extracting(i -> i.get("number").asText()).containsExactly(numbers.get(0));

        JsonNode page = http().get("agent", "/api/cases?size=2&page=1&text=" + tag).json();
        assertThat(page.get("items")).hasSize(1);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);

        assertThat(http().get("agent", "/api/cases?text=" + numbers.get(1)).json().get("totalItems").asInt())
                .isOne();
        assertThat(http().get("agent", "/api/cases?contract=e-invoice&text=" + tag).json().get("totalItems").asInt())
                .isZero();
    }

    @Test
    void badQueryParametersNameTheParameter() {
        JsonNode status = http().get("agent", "/api/cases?status=FIXED").json();
        assertThat(status.get("errors").get(0).get("field").asText()).isEqualTo("status");
        assertThat(status.get("errors").get(0).get("message").asText()).contains("ARCHIVED");

        JsonNode size = http().get("agent", "/api/cases?size=5000").json();
        assertThat(size.get("errors").get(0).get("field").asText()).isEqualTo("size");
    }

    @Test
    void notesGoIntoTheHistory() {
        String number = http().post("agent", "/api/cases", caseRequest("备注测试")).json().get("number").asText();

        Http.Response note = http().post("engineer1", "/api/cases/" + number + "/notes",
                Map.of("text", "已电话联系报修人"));
        assertThat(note.status()).isEqualTo(201);
        assertThat(note.json().get("type").asText()).isEqualTo("NOTE");
        assertThat(note.json().get("actor").asText()).isEqualTo("engineer1");

        JsonNode history = http().get("agent", "/api/cases/" + number).json().get("history");
        assertThat(history.get(history.size() - 1).get("detail").asText()).isEqualTo("已电话联系报修人");

        Http.Response empty = http().post("engineer1", "/api/cases/" + number + "/notes", Map.of("text", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("field").asText()).isEqualTo("text");
        assertThat(http().post("engineer1", "/api/cases/WB-1999-000001/notes", Map.of("text", "x")).status())
                .isEqualTo(404);
    }
}
