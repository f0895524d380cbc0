package com.weibao.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.support.EngineRest;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * How far back a person may date a report, over the REST API and Tasklist's start form 登记报修: a hospital user not
 * beyond the clock-skew tolerance (no manufactured breach), the vendor's desk a few days with a reason the history
 * shows. Every time is relative to now.
 */
class ReportedAtIT extends IntegrationTest {

    private static final ZoneOffset SHANGHAI = ZoneOffset.ofHours(8);

    // ---------------------------------------------------------------- REST API

    @Test
    void aHospitalUserCannotDateACaseBackTwoMonthsToManufactureABreach() {
        String summary = "倒签两个月 " + UUID.randomUUID();
        Map<String, Object> request = caseRequest(summary);
        request.put("priority", "P1");
        request.put("reportedAt", ago(Duration.ofDays(61)));

        Http.Response refused = http().post("it-renmin", "/api/cases", request);

        assertRefused(refused, "reportedAt", "a hospital's report counts from when it is made");
        assertThat(found(summary)).as("nothing registered").isZero();
    }

    @Test
    void aHospitalUserMayNotDateBackBeyondTheClockSkewButWithinIt() {
        Map<String, Object> tenMinutes = caseRequest("倒签十分钟 " + UUID.randomUUID());
        tenMinutes.put("reportedAt", ago(Duration.ofMinutes(10)));
        tenMinutes.put("reportedAtReason", "理由也不行");
        assertRefused(http().post("it-renmin", "/api/cases", tenMinutes), "reportedAt", "at most 5 minutes earlier");

        Map<String, Object> twoMinutes = caseRequest("时钟偏差 " + UUID.randomUUID());
        Instant reportedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(2));
        twoMinutes.put("reportedAt", OffsetDateTime.ofInstant(reportedAt, SHANGHAI).toString());
        Http.Response created = http().post("it-renmin", "/api/cases", twoMinutes);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(Instant.parse(created.json().get("reportedAt").asText())).isEqualTo(reportedAt);
    }

    @Test
    void theDeskCannotDateACaseTo1900NorBeyondItsLimitEvenWithAReason() {
        Map<String, Object> ancient = caseRequest("1900 " + UUID.randomUUID());
        ancient.put("reportedAt", "1900-01-01T08:00:00+08:00");
        ancient.put("reportedAtReason", "纸质记录补登");
        assertRefused(http().post("agent", "/api/cases", ancient), "reportedAt", "at most 3 days");

        Map<String, Object> fourDays = caseRequest("四天前 " + UUID.randomUUID());
        fourDays.put("reportedAt", ago(Duration.ofDays(4)));
        fourDays.put("reportedAtReason", "纸质记录补登");
        assertRefused(http().post("lead", "/api/cases", fourDays), "reportedAt", "at most 3 days");
    }

    @Test
    void theDeskDatesAPaperCallBackWithAReasonTheHistoryShows() {
        String summary = "纸质记录补登 " + UUID.randomUUID();
        Map<String, Object> request = caseRequest(summary);
        Instant reportedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(2));
        request.put("reportedAt", OffsetDateTime.ofInstant(reportedAt, SHANGHAI).toString());

        assertRefused(http().post("agent", "/api/cases", request), "reportedAtReason", "say why the case is dated");
        assertThat(found(summary)).isZero();

        request.put("reportedAtReason", "夜班电话记录在纸上，次日补登");
        Http.Response created = http().post("agent", "/api/cases", request);

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode c = created.json();
        assertThat(Instant.parse(c.get("reportedAt").asText())).isEqualTo(reportedAt);
        assertThat(c.get("history")).anySatisfy(e -> {
            assertThat(e.get("type").asText()).isEqualTo("REPORT_BACKDATED");
            assertThat(e.get("actor").asText()).isEqualTo("agent");
            assertThat(e.get("detail").asText()).contains("报修时间早于登记时间2天", "补登原因：夜班电话记录在纸上，次日补登");
        });
        assertThat(c.get("slaTargets")).as("the targets count from the report").isNotEmpty()
                .allSatisfy(t -> assertThat(Instant.parse(t.get("startedAt").asText())).isEqualTo(reportedAt));
    }

    @Test
    void theDeskDatesACallOfHalfAnHourAgoWithoutAReason() {
        Map<String, Object> request = caseRequest("半小时前来电 " + UUID.randomUUID());
        request.put("reportedAt", ago(Duration.ofMinutes(30)));

        Http.Response created = http().post("agent", "/api/cases", request);

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().get("history")).noneSatisfy(e -> assertThat(e.get("type").asText())
                .isEqualTo("REPORT_BACKDATED"));
    }

    // ---------------------------------------------------------------- Tasklist start form 登记报修

    @Test
    void theStartFormRefuses1900InChineseAndRegistersNothing() {
        String summary = "表单1900 " + UUID.randomUUID();
        Map<String, Object> form = startForm(summary, "1900-01-01T08:00+08:00");
        form.put("reportedAtReason", "纸质记录补登");

        Http.Response refused = new EngineRest(http()).submitStartForm("agent", "CaseProcess", form);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("field").asText()).isEqualTo("reportedAt");
            assertThat(e.get("message").asText()).contains("报修时间早于当前时间", "补登最多可早于当前时间3天");
        });
        assertThat(found(summary)).isZero();
    }

    @Test
    void theStartFormAsksForTheReasonInChineseAndTheHistoryShowsIt() {
        String summary = "表单补登 " + UUID.randomUUID();
        Instant reportedAt = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(20));
        Map<String, Object> form = startForm(summary, OffsetDateTime.ofInstant(reportedAt, SHANGHAI).toString());
        EngineRest engine = new EngineRest(http());

        Http.Response refused = engine.submitStartForm("agent", "CaseProcess", form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("field").asText()).isEqualTo("reportedAtReason");
            assertThat(e.get("message").asText()).contains("请填写补登原因");
        });
        assertThat(found(summary)).isZero();

        form.put("reportedAtReason", "昨晚值班电话，纸质登记");
        Http.Response started = engine.submitStartForm("lead", "CaseProcess", form);

        assertThat(started.status()).as(started.text()).isEqualTo(200);
        JsonNode c = http().get("agent", "/api/cases/" + http().get("agent", "/api/cases?text="
                + EngineRest.encode(summary)).json().at("/items/0/number").asText()).json();
        assertThat(Instant.parse(c.get("reportedAt").asText())).isEqualTo(reportedAt);
        assertThat(c.get("history")).anySatisfy(e -> {
            assertThat(e.get("type").asText()).isEqualTo("REPORT_BACKDATED");
            assertThat(e.get("actor").asText()).isEqualTo("lead");
            assertThat(e.get("detail").asText()).contains("报修时间早于登记时间20小时", "补登原因：昨晚值班电话，纸质登记");
        });
    }

    private static String ago(Duration back) {
        return OffsetDateTime.now(SHANGHAI).minus(back).toString();
    }

    private static void assertRefused(Http.Response response, String field, String reason) {
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors")).anySatisfy(e -> {
            assertThat(e.get("field").asText()).isEqualTo(field);
            assertThat(e.get("message").asText()).contains(reason);
        });
    }

    private int found(String summary) {
        return http().get("agent", "/api/cases?text=" + EngineRest.encode(summary)).json().get("totalItems").asInt();
    }

    private static Map<String, Object> startForm(String summary, String reportedAt) {
        Map<String, Object> form = new HashMap<>();
        form.put("contractCode", "e-invoice");
        form.put("reporterName", "王护士");
        form.put("reporterPhone", "020-12345678");
        form.put("channel", "PHONE");
        form.put("category", "FAULT");
        form.put("summary", summary);
        form.put("reportedAt", reportedAt);
        return form;
    }
}
