package com.weibao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
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

        Http.Response health = http.get(null, "/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");

        Http.Response created = http.post("agent", "/api/cases", caseRequest("冒烟测试"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(http.get("agent", created.header("Location")).json().get("summary").asText()).isEqualTo("冒烟测试");
    }
}
