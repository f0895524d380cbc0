package com.weibao.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * /actuator/prometheus as Prometheus scrapes it (the monitoring account): Weibao's gauges per contract and level for
 * a P1 case, its SLA targets running and due within the hour, then a breach; who may scrape; and that every metric the
 * Grafana dashboard in docker/ queries is in the scrape. The gauges are recomputed by {@link GaugeRefresh} (every
 * 30 s in production); the test calls it directly instead of waiting.
 */
class MetricsIT extends IntegrationTest {

    static final String MONITOR = "monitor";

    @Autowired
    GaugeRefresh gauges;

    @Test
    void aP1CaseShowsAsOpenWithItsRunningTargetsPerContractAndLevel() {
        gauges.refreshNow();
        PrometheusScrape before = scrape();
        Map<String, String> p1 = Map.of("contract", "queue-call", "level", "P1");

        JsonNode created = newCase("queue-call", "room-screen");
        String number = created.get("number").asText();

        // the case's targets are set up after its registration commits: wait for them, then compare with the case
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            JsonNode targets = http().get("agent", "/api/cases/" + number).json().get("slaTargets");
            assertThat(targets).isNotEmpty();
            long running = 0;
            long dueSoon = 0;
            Instant now = Instant.now();
            for (JsonNode target : targets) {
                if (target.get("status").asText().equals("RUNNING")) {
                    running++;
                    Instant due = Instant.parse(target.get("dueAt").asText());
                    if (due.isBefore(now.plus(Duration.ofMinutes(59)))) {
                        dueSoon++;
                    }
                }
            }
            assertThat(running).isPositive();
            assertThat(dueSoon).as("queue-call's P1 response target is due in 15 minutes").isPositive();
            gauges.refreshNow();
            PrometheusScrape after = scrape();
            assertThat(after.sum("weibao_cases_open", with(p1, "status", "NEW"))
                    - before.sum("weibao_cases_open", with(p1, "status", "NEW"))).isEqualTo(1);
            assertThat(after.sum("weibao_sla_targets", with(p1, "status", "RUNNING"))
                    - before.sum("weibao_sla_targets", with(p1, "status", "RUNNING"))).isEqualTo(running);
            assertThat(after.sum("weibao_sla_targets_due_soon", p1) - before.sum("weibao_sla_targets_due_soon", p1))
                    .isEqualTo(dueSoon);
            assertThat(after.sum("weibao_sla_targets", with(p1, "status", "BREACHED")))
                    .isEqualTo(before.sum("weibao_sla_targets", with(p1, "status", "BREACHED")));
        });
    }

    /** sla-fast (test contract): its P1 response target is due 6 s after the report. */
    @Test
    void aBreachShowsInTheSlaGaugesAndTheEscalationSteps() {
        gauges.refreshNow();
        PrometheusScrape before = scrape();
        Map<String, String> p1 = Map.of("contract", "sla-fast", "level", "P1");

        String number = newCase("sla-fast", "app").get("number").asText();

        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(http().get("agent", "/api/cases/" + number).json().at("/slaTargets/0/status").asText())
                    .isEqualTo("BREACHED");
            gauges.refreshNow();
            PrometheusScrape after = scrape();
            assertThat(after.sum("weibao_sla_targets", with(p1, "status", "BREACHED"))
                    - before.sum("weibao_sla_targets", with(p1, "status", "BREACHED"))).isEqualTo(1);
            assertThat(after.sum("weibao_sla_breaches_today", p1) - before.sum("weibao_sla_breaches_today", p1))
                    .isEqualTo(1);
            assertThat(after.sum("weibao_sla_escalation_steps_total", Map.of("step", "warning")))
                    .isGreaterThan(before.sum("weibao_sla_escalation_steps_total", Map.of("step", "warning")));
            assertThat(after.sum("weibao_sla_escalation_steps_total", Map.of("step", "lead")))
                    .isGreaterThan(before.sum("weibao_sla_escalation_steps_total", Map.of("step", "lead")));
        });

        // every metric the Grafana dashboard (docker/grafana/dashboards/weibao.json) queries is in the scrape
        PrometheusScrape scraped = scrape();
        Set<String> queried = new TreeSet<>();
        MonitoringFiles.expressions(MonitoringFiles.dashboard()).forEach(e -> queried.addAll(MonitoringFiles.metricNames(e)));
        assertThat(scraped.names()).containsAll(queried);
        assertThat(scraped.sum("weibao_engine_user_tasks_open", Map.of("process", "CaseProcess"))).isPositive();
        assertThat(scraped.samples()).filteredOn(s -> s.name().equals("weibao_notifications")).isNotEmpty();
        assertThat(scraped.samples()).filteredOn(s -> s.name().equals("weibao_intake_quarantine_open"))
                .extracting(s -> s.labels().get("channel")).contains("EMAIL", "PHONE", "WECHAT");
    }

    @Test
    void onlyTheMonitoringAccountAndAdministratorsScrape() {
        assertThat(http().get(MONITOR, "/actuator/prometheus").status()).isEqualTo(200);
        assertThat(http().get("admin", "/actuator/prometheus").status()).isEqualTo(200);
        assertThat(http().get(MONITOR, "/actuator/metrics/jvm.memory.used").status()).isEqualTo(200);

        Http.Response anonymous = http().get(null, "/actuator/prometheus");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(http().get(null, "/actuator/metrics").status()).isEqualTo(401);
        assertThat(http().get(MONITOR + ":wrong-password", "/actuator/prometheus").status()).isEqualTo(401);
        for (String user : new String[] {"it-renmin", "clinical-fuscc", "agent", "manager"}) {
            Http.Response refused = http().get(user, "/actuator/prometheus");
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.text()).doesNotContain("weibao_", "contract=");
            assertThat(http().get(user, "/actuator/metrics/jvm.memory.used").status()).as(user).isEqualTo(403);
        }
        // the load balancer's health check stays open
        assertThat(http().get(null, "/actuator/health").status()).isEqualTo(200);
    }

    private PrometheusScrape scrape() {
        Http.Response response = http().get(MONITOR, "/actuator/prometheus");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return PrometheusScrape.parse(response.text());
    }

    private JsonNode newCase(String contract, String system) {
        Map<String, Object> request = caseRequest("指标测试 " + UUID.randomUUID());
        request.put("contract", contract);
        request.put("system", system);
        request.put("priority", "P1");
        Http.Response created = http().post("agent", "/api/cases", request);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json();
    }

    private static Map<String, String> with(Map<String, String> labels, String key, String value) {
        Map<String, String> more = new java.util.HashMap<>(labels);
        more.put(key, value);
        return more;
    }
}
