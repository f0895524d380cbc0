package com.weibao.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import com.weibao.support.StartupLogins;
import org.junit.jupiter.api.Test;

/**
 * Weibao reports ready only when a user can work: logins while it sets up (recorded by {@link StartupLogins} before
 * Weibao's first start-up runner) are answered 503 "Weibao 正在启动，请稍候", not refused as wrong passwords, the
 * webapps' pages say the same, and at readiness the demo users and the administrators' rights are there.
 */
class ReadinessIT extends IntegrationTest {

    @Test
    void loginsDuringStartUpAreAskedToWaitNotRefused() {
        for (String door : new String[] {"api", "engine-rest", "webapp-login"}) {
            Http.Response answer = StartupLogins.ANSWERS.get(door);
            assertThat(answer.status()).as(door).isEqualTo(503);
            assertThat(answer.header("Retry-After")).as(door).isEqualTo("5");
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.json().get("type").asText()).isEqualTo("urn:weibao:problem:starting");
            assertThat(answer.json().get("message").asText()).isEqualTo("Weibao 正在启动，请稍候");
        }
        // not Camunda's offer to set up a first administrator (no user exists yet), but a page that reloads itself
        Http.Response page = StartupLogins.ANSWERS.get("tasklist-page");
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.text()).contains("Weibao 正在启动，请稍候", "http-equiv=\"refresh\"").doesNotContain("setup");
        assertThat(StartupLogins.ANSWERS.get("readiness").status()).isEqualTo(503);
    }

    @Test
    void readyOnlyOnceUsersAndRightsAreSetUp() {
        assertThat(StartupLogins.AT_READINESS).containsEntry("agentLogsIn", true)
                .containsEntry("adminOpensCockpit", true);

        Http.Response readiness = http().get(null, "/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").asText()).isEqualTo("UP");
        assertThat(http().get("agent", "/api/contracts").status()).isEqualTo(200);
    }
}
