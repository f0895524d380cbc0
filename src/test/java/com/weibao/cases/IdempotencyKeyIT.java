package com.weibao.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * POST /api/cases with an Idempotency-Key: a client retrying after a lost answer gets the same case. Each of these
 * created a second case (or ignored the key) before the key was supported.
 */
class IdempotencyKeyIT extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheSameCase() {
        String marker = marker();
        String key = UUID.randomUUID().toString();
        Http.Response first = http().post("agent", "/api/cases", caseRequest(marker), Map.of("Idempotency-Key", key));
        Http.Response retry = http().post("agent", "/api/cases", caseRequest(marker), Map.of("Idempotency-Key", key));

        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(retry.status()).as(retry.text()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.json().get("number").asText()).isEqualTo(first.json().get("number").asText());
        assertThat(casesWith(marker)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String marker = marker();
        String key = "\"" + UUID.randomUUID() + "\"";
        assertThat(http().post("agent", "/api/cases", caseRequest(marker), Map.of("Idempotency-Key", key)).status())
                .isEqualTo(201);
        Map<String, Object> changed = caseRequest(marker);
        changed.put("summary", marker + " 另一个问题");

        Http.Response refused = http().post("agent", "/api/cases", changed, Map.of("Idempotency-Key", key));

        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asText()).isEqualTo("urn:weibao:problem:idempotency-key-reused");
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
        assertThat(casesWith(marker)).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirUser() {
        String marker = marker();
        String key = UUID.randomUUID().toString();
        String byAgent = http().post("agent", "/api/cases", caseRequest(marker), Map.of("Idempotency-Key", key))
                .json().get("number").asText();
        String byLead = http().post("lead", "/api/cases", caseRequest(marker), Map.of("Idempotency-Key", key))
                .json().get("number").asText();

        assertThat(byLead).isNotEqualTo(byAgent);
        assertThat(casesWith(marker)).isEqualTo(2);
    }

    @Test
    void anExpiredKeyCreatesANewCase() {
        String marker = marker();
        String key = UUID.randomUUID().toString();
        String first = http().post("agent", "/api/cases", caseRequest(marker), Map.of("Idempotency-Key", key))
                .json().get("number").asText();
        jdbc.update("update case_request_key set expires_at = ? where user_id = 'agent' and request_key = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), key);

        Http.Response again = http().post("agent", "/api/cases", caseRequest(marker), Map.of("Idempotency-Key", key));

        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("false");
        assertThat(again.json().get("number").asText()).isNotEqualTo(first);
        assertThat(casesWith(marker)).isEqualTo(2);
    }

    @Test
    void concurrentRequestsWithTheSameKeyCreateOneCase() throws Exception {
        String marker = marker();
        String key = UUID.randomUUID().toString();
        int clients = 6;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Callable<Http.Response>> requests = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                requests.add(() -> http().post("agent", "/api/cases", caseRequest(marker),
                        Map.of("Idempotency-Key", key)));
            }
            List<String> numbers = new ArrayList<>();
            for (Future<Http.Response> answer : pool.invokeAll(requests)) {
                Http.Response response = answer.get();
                assertThat(response.status()).as(response.text()).isEqualTo(201);
                numbers.add(response.json().get("number").asText());
            }
            assertThat(numbers).hasSize(clients).containsOnly(numbers.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(casesWith(marker)).isEqualTo(1);
    }

    @Test
    void aMalformedKeyIsRefused() {
        Http.Response refused = http().post("agent", "/api/cases", caseRequest(marker()),
                Map.of("Idempotency-Key", "x".repeat(256)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
    }

    private long casesWith(String marker) {
        JsonNode page = http().get("agent", "/api/cases?text=" + marker).json();
        return page.get("totalItems").asLong();
    }

    private static String marker() {
        return "幂等-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
