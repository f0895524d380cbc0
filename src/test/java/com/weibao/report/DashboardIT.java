package com.weibao.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * GET /api/dashboard over HTTP against the hand-computed figures of {@link KanbanFixture}: the SLA trend (with the
 * same month's period report as a cross-check), open cases by level and age, this month's missed targets, the
 * satisfaction split; who sees which contracts (another hospital: 404 and no figures; a hospital's overall view is
 * its own hospital; clinical departments 403); bad input as Chinese problem details.
 */
class DashboardIT extends IntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Clock clock;

    @BeforeEach
    void fixture() {
        KanbanFixture.ensure(jdbc, clock.instant());
    }

    @Test
    void theContractsFiguresAreTheHandComputedOnes() {
        JsonNode d = dashboard("it-kanban", "?contract=" + KanbanFixture.CONTRACT);
        assertThat(d.at("/scope/contract").asText()).isEqualTo(KanbanFixture.CONTRACT);
        assertThat(d.at("/scope/label").asText()).isEqualTo("看板测试医院 · 看板测试维保合同");

        JsonNode trend = d.get("slaTrend");
        assertThat(trend).hasSize(12);
        YearMonth month = YearMonth.now(clock.withZone(ReportPeriod.ZONE));
        assertThat(trend.get(11).get("month").asText()).isEqualTo(month.toString());
        assertThat(trend.get(11).get("label").asText()).isEqualTo(month.getYear() + "年" + month.getMonthValue() + "月");
        assertMonth(trend.get(9), 4, 3, 1, 0, 0, 75.0);
        assertMonth(trend.get(10), 2, 1, 0, 1, 0, 50.0);
        assertMonth(trend.get(11), 3, 1, 1, 1, 1, 33.3);
        for (int i = 0; i < 9; i++) {
            assertMonth(trend.get(i), 0, 0, 0, 0, 0, null);
        }

        JsonNode open = d.get("openCases");
        assertThat(open.get("bands")).extracting(b -> b.get("label").asText())
                .containsExactly("1天内", "1–3天", "3–7天", "7–30天", "30天以上");
        assertThat(open.get("total").asLong()).isEqualTo(5);
        assertThat(levels(open)).containsExactly(
                "P1（一级） [0,1,0,0,0]", "P2（二级） [0,0,1,0,0]", "P3（三级） [0,0,0,1,1]", "P4（四级） [0,0,0,0,0]",
                "未分级 [1,0,0,0,0]");

        JsonNode breaches = d.get("breaches");
        assertThat(breaches.get("month").asText()).isEqualTo(month.toString());
        assertThat(breaches.get("total").asLong()).isEqualTo(2);
        JsonNode stillOpen = breaches.at("/items/0");
        assertThat(stillOpen.get("caseNumber").asText()).isEqualTo(KanbanFixture.number("F"));
        assertThat(stillOpen.get("levelLabel").asText()).isEqualTo("P1（一级）");
        assertThat(stillOpen.get("kindLabel").asText()).isEqualTo("解决");
        assertThat(stillOpen.get("target").asText()).isEqualTo("24小时内解决");
        assertThat(stillOpen.get("statusLabel").asText()).isEqualTo("超时未达成");
        assertThat(stillOpen.get("metAt").isNull()).isTrue();
        assertThat(stillOpen.get("lateText").asText()).isNotBlank();
        JsonNode late = breaches.at("/items/1");
        assertThat(late.get("caseNumber").asText()).isEqualTo(KanbanFixture.number("F"));
        assertThat(late.get("kindLabel").asText()).isEqualTo("响应");
        assertThat(late.get("statusLabel").asText()).isEqualTo("超时达成");
        assertThat(late.get("lateMinutes").asLong()).isEqualTo(125);
        assertThat(late.get("lateText").asText()).isEqualTo("2小时5分");

        JsonNode s = d.get("satisfaction");
        assertThat(List.of(s.get("excellent").asLong(), s.get("good").asLong(), s.get("poor").asLong(),
                s.get("total").asLong())).containsExactly(2L, 2L, 1L, 5L);
        assertThat(s.get("bySource")).extracting(r -> r.get("label").asText() + " " + r.get("excellent") + "/"
                + r.get("good") + "/" + r.get("poor")).containsExactly("确认评价 2/1/0", "电话回访 0/1/1");

        JsonNode inspections = d.get("inspections");
        assertThat(inspections.get("planned").asLong()).as("the contract plans no inspections").isZero();
        assertThat(inspections.get("awaitingSignOff").asLong()).isZero();
        assertThat(inspections.get("label").asText()).matches("\\d{4}年第[1-4]季度");
    }

    /** The period report of the same months counts the same targets (the dashboard counts in SQL, it in Java). */
    @Test
    void theTrendAgreesWithThePeriodReports() {
        JsonNode trend = dashboard("manager", "?contract=" + KanbanFixture.CONTRACT).get("slaTrend");
        for (int i : new int[] {9, 10}) {
            String month = trend.get(i).get("month").asText();
            Http.Response report = http().get("manager", "/api/reports/" + KanbanFixture.CONTRACT + "/" + month);
            assertThat(report.status()).as(report.text()).isEqualTo(200);
            long due = 0;
            long met = 0;
            for (JsonNode row : report.json().get("sla")) {
                if (row.get("level").isNull()) {
                    due += row.get("due").asLong();
                    met += row.get("met").asLong();
                }
            }
            assertThat(due).as(month).isEqualTo(trend.get(i).get("due").asLong());
            assertThat(met).as(month).isEqualTo(trend.get(i).get("met").asLong());
        }
    }

    @Test
    void anotherHospitalGetsNotFoundAndNoFigures() {
        Http http = http();
        for (String user : new String[] {"it-fuscc", "clinical-fuscc"}) {
            Http.Response foreign = http.get(user, "/api/dashboard?contract=" + KanbanFixture.CONTRACT);
            assertThat(foreign.status()).as(user).isEqualTo(404);
            assertThat(foreign.header("Content-Type")).startsWith("application/problem+json");
            assertThat(foreign.text()).doesNotContain("看板测试", "slaTrend", KanbanFixture.number("F"));
            Http.Response unknown = http.get(user, "/api/dashboard?contract=no-such-contract");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.json().get("detail").asText().replace("no-such-contract", KanbanFixture.CONTRACT))
                    .as("unknown and foreign read alike").isEqualTo(foreign.json().get("detail").asText());
        }
        assertThat(http.get("clinical-kanban", "/api/dashboard?contract=" + KanbanFixture.CONTRACT).status())
                .as("clinical departments read no reports").isEqualTo(403);
        assertThat(http.get("clinical-kanban", "/api/dashboard").status()).isEqualTo(403);
        assertThat(http.get(null, "/api/dashboard").status()).isEqualTo(401);
    }

    @Test
    void aHospitalsOverallViewIsItsOwnHospital() {
        JsonNode own = dashboard("it-kanban", "");
        assertThat(own.at("/scope/contract").isNull()).isTrue();
        assertThat(own.get("contracts")).extracting(c -> c.get("code").asText())
                .containsExactly(KanbanFixture.CONTRACT);
        JsonNode one = dashboard("it-kanban", "?contract=" + KanbanFixture.CONTRACT);
        for (String part : new String[] {"slaTrend", "openCases", "satisfaction", "inspections"}) {
            assertThat(own.get(part)).as(part).isEqualTo(one.get(part));
        }
        // an open target's lateness grows with the clock: the same targets, not the same minutes
        assertThat(own.at("/breaches/total")).isEqualTo(one.at("/breaches/total"));
        assertThat(own.at("/breaches/items")).extracting(b -> b.get("caseNumber").asText() + b.get("kind").asText())
                .containsExactly(KanbanFixture.number("F") + "RESOLUTION", KanbanFixture.number("F") + "RESPONSE");

        JsonNode other = dashboard("it-fuscc", "");
        assertThat(other.get("contracts")).extracting(c -> c.get("code").asText())
                .containsExactly("fuscc-internet-hospital");
        assertThat(other.toString()).doesNotContain(KanbanFixture.CONTRACT, "看板测试", KanbanFixture.number("F"));

        JsonNode all = dashboard("manager", "");
        assertThat(all.get("contracts")).extracting(c -> c.get("code").asText())
                .contains(KanbanFixture.CONTRACT, "fuscc-internet-hospital", "e-invoice");
        assertThat(all.at("/openCases/total").asLong()).as("the vendor's overall view has every hospital's")
                .isGreaterThanOrEqualTo(own.at("/openCases/total").asLong());
        assertThat(all.at("/satisfaction/total").asLong()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void badInputIsAChineseProblem() {
        Http.Response bad = http().get("manager", "/api/dashboard?contract=" + java.net.URLEncoder.encode("x' or 1=1", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bad.json().at("/errors/0/field").asText()).isEqualTo("contract");
        assertThat(bad.json().at("/errors/0/message").asText()).contains("合同编号");
        Http.Response tooLong = http().get("manager", "/api/dashboard?contract=" + "a".repeat(65));
        assertThat(tooLong.status()).isEqualTo(400);
    }

    private JsonNode dashboard(String user, String query) {
        Http.Response r = http().get(user, "/api/dashboard" + query);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json();
    }

    private static void assertMonth(JsonNode m, long due, long met, long late, long breached, long pending,
                                    Double percent) {
        assertThat(List.of(m.get("due").asLong(), m.get("met").asLong(), m.get("metLate").asLong(),
                m.get("breached").asLong(), m.get("pending").asLong()))
                .as(m.get("month").asText()).containsExactly(due, met, late, breached, pending);
        if (percent == null) {
            assertThat(m.get("onTimePercent").isNull()).as(m.get("month").asText()).isTrue();
        } else {
            assertThat(m.get("onTimePercent").asDouble()).as(m.get("month").asText()).isEqualTo(percent);
        }
    }

    private static List<String> levels(JsonNode open) {
        List<String> rows = new ArrayList<>();
        for (JsonNode l : open.get("levels")) {
            rows.add(l.get("label").asText() + " " + l.get("byAge").toString());
        }
        return rows;
    }
}
