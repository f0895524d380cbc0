package com.weibao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The booted application over real HTTP: the webapps, health, the case API and the case search page. */
class SmokeIT extends IntegrationTest {

    @Test
    void servesTasklistCockpitHealthAndTheApi() {
        Http http = http();

        Http.Response tasklist = http.get(null, "/camunda/app/tasklist/default/");
        assertThat(tasklist.status()).isEqualTo(200);
        assertThat(tasklist.text()).contains("Camunda Tasklist");
        assertThat(http.get(null, "/camunda/app/cockpit/default/").status()).isEqualTo(200);

        // the calendar is WARNING exactly when this or next year's statutory holidays are not loaded (2025, 2026 ship)
        Http.Response health = http.get("admin", "/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        List<Integer> missing = Stream.of(year, year + 1).filter(y -> y > 2026).toList();
        assertThat(health.json().get("status").asText()).isIn("UP", "WARNING");
        assertThat(health.json().at("/components/slaCalendar/status").asText())
                .isEqualTo(missing.isEmpty() ? "UP" : "WARNING");
        assertThat(health.json().at("/components/notifications/status").asText()).isIn("UP", "WARNING");
        assertThat(health.json().at("/components/slaCalendar/details/loadedYears")).extracting(JsonNode::asInt)
                .containsExactly(2025, 2026);
        if (!missing.isEmpty()) {
            assertThat(health.json().at("/components/slaCalendar/details/missingYears")).extracting(JsonNode::asInt)
                    .containsExactlyElementsOf(missing);
        }
        assertThat(health.json().at("/components/db/status").asText()).isEqualTo("UP");

        Http.Response created = http.post("agent", "/api/cases", caseRequest("冒烟测试"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(http.get("agent", created.header("Location")).json().get("summary").asText()).isEqualTo("冒烟测试");
    }

    /** A load balancer reads the bare status; the details (paths, disk, mailboxes, counts) are the administrators'. */
    @Test
    void healthShowsItsDetailsToAdministratorsOnly() {
        Http http = http();

        for (String user : new String[] {null, "agent", "manager", "it-renmin"}) {
            Http.Response bare = http.get(user, "/actuator/health");
            assertThat(bare.status()).as("WARNING answers 200 (%s)", user).isEqualTo(200);
            assertThat(bare.json().has("status")).isTrue();
            assertThat(bare.json().has("components")).as("no components for %s", user).isFalse();
            assertThat(bare.text()).doesNotContain("diskSpace", "mailIntake", "path", "imap", "total");
        }
        JsonNode detailed = http.get("admin", "/actuator/health").json();
        assertThat(detailed.at("/components/diskSpace/details/path").asText()).isNotEmpty();
        assertThat(detailed.at("/components/mailIntake/details/helpdesk").isMissingNode()).isFalse();
        assertThat(http.get("admin:wrong-password", "/actuator/health").status()).isEqualTo(401);
    }
}
