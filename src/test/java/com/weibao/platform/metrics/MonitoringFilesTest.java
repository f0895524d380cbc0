package com.weibao.platform.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * docker/: the compose file (Docker Compose's structure: services, images or builds, the monitoring profile, files
 * that exist), the Prometheus scrape configuration and the Grafana dashboard (valid JSON, panels that fit the grid,
 * each with a query on the provisioned data source). Whether every query's metric is one Weibao exposes is checked
 * against a real scrape in {@code MetricsIT}. No Docker engine needed.
 */
class MonitoringFilesTest {

    @Test
    void theComposeFileDefinesTheAppAndTheMonitoringProfile() {
        JsonNode compose = MonitoringFiles.yaml(MonitoringFiles.COMPOSE);

        JsonNode services = compose.get("services");
        assertThat(services.fieldNames()).toIterable().containsExactlyInAnyOrder("mysql", "weibao", "prometheus",
                "grafana");
        services.fields().forEachRemaining(service -> {
            JsonNode s = service.getValue();
            assertThat(s.has("image") || s.has("build")).as(service.getKey() + " has an image or a build").isTrue();
            JsonNode dependsOn = s.path("depends_on");
            if (dependsOn.isArray()) {
                dependsOn.forEach(d -> assertThat(services.has(d.asText())).as(d.asText()).isTrue());
            } else {
                dependsOn.fieldNames().forEachRemaining(d -> assertThat(services.has(d)).as(d).isTrue());
            }
            s.path("volumes").forEach(volume -> {
                String source = volume.asText().split(":")[0];
                if (source.startsWith("./")) {
                    assertThat(MonitoringFiles.DOCKER.resolve(source)).as(volume.asText()).exists();
                } else {
                    assertThat(compose.get("volumes").has(source)).as("named volume " + source).isTrue();
                }
            });
        });
        assertThat(Files.exists(MonitoringFiles.DOCKER.resolve(services.at("/weibao/build/dockerfile").asText()
                .replaceFirst("^docker/", "")))).isTrue();
        assertThat(services.at("/weibao/profiles").isMissingNode()).as("the app runs without a profile").isTrue();
        for (String monitoring : List.of("prometheus", "grafana")) {
            assertThat(services.get(monitoring).get("profiles")).extracting(JsonNode::asText).containsExactly("monitoring");
        }
    }

    @Test
    void prometheusScrapesTheActuatorAsTheMonitoringAccount() {
        JsonNode job = MonitoringFiles.yaml(MonitoringFiles.PROMETHEUS).get("scrape_configs").get(0);

        assertThat(job.get("metrics_path").asText()).isEqualTo("/actuator/prometheus");
        assertThat(job.at("/basic_auth/username").asText()).isEqualTo("monitor");
        assertThat(job.at("/static_configs/0/targets/0").asText()).isEqualTo("weibao:8080");
    }

    @Test
    void theDashboardIsValidAndEveryPanelQueriesTheProvisionedPrometheus() {
        JsonNode dashboard = MonitoringFiles.dashboard();
        String uid = MonitoringFiles.yaml(MonitoringFiles.DOCKER.resolve("grafana/provisioning/datasources/prometheus.yaml"))
                .at("/datasources/0/uid").asText();

        assertThat(dashboard.get("title").asText()).isEqualTo("Weibao 维保运行");
        Set<Integer> ids = new HashSet<>();
        List<String> titles = new ArrayList<>();
        for (JsonNode panel : dashboard.get("panels")) {
            assertThat(ids.add(panel.get("id").asInt())).as("unique panel id").isTrue();
            titles.add(panel.get("title").asText());
            JsonNode grid = panel.get("gridPos");
            assertThat(grid.get("x").asInt() + grid.get("w").asInt()).isLessThanOrEqualTo(24);
            assertThat(panel.at("/datasource/uid").asText()).isEqualTo(uid);
            assertThat(panel.get("targets")).isNotEmpty().allSatisfy(t -> {
                assertThat(t.at("/datasource/uid").asText()).isEqualTo(uid);
                assertThat(MonitoringFiles.metricNames(t.get("expr").asText())).isNotEmpty();
            });
        }
        assertThat(titles).allMatch(t -> t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.HAN), "Chinese panel titles");
        assertThat(MonitoringFiles.expressions(dashboard).stream().flatMap(e -> MonitoringFiles.metricNames(e).stream()))
                .contains("weibao_cases_open", "weibao_sla_targets", "weibao_sla_targets_due_soon",
                        "weibao_sla_breaches_today", "weibao_intake_quarantine_open", "weibao_notifications",
                        "weibao_engine_user_tasks_open", "weibao_engine_jobs_failed", "weibao_engine_incidents_open");
    }

    @Test
    void metricNamesAreReadFromExpressions() {
        assertThat(MonitoringFiles.metricNames(
                "sum by (contract, level) (weibao_sla_targets{contract=~\"$contract\",status=\"BREACHED\"}) or vector(0)"))
                .containsExactly("weibao_sla_targets");
        assertThat(MonitoringFiles.metricNames("sum by (step) (increase(weibao_sla_escalation_steps_total[1h]))"))
                .containsExactly("weibao_sla_escalation_steps_total");
    }
}
