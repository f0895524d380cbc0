package com.weibao.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.support.EngineRest;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The case archive's full-text search (GET /api/cases?text=): Chinese words inside sentences (smartcn), every word
 * required, part of a case number; a hospital's users find only their hospital's cases.
 */
class CaseArchiveSearchIT extends IntegrationTest {

    @Test
    void findsChineseWordsInsideSentencesOnlyForTheCasesHospital() {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String marker = "A" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Map<String, Object> form = new HashMap<>();
        form.put("contractCode", "e-invoice");
        form.put("reporterName", "王护士");
        form.put("reporterPhone", "020-12345678");
        form.put("channel", "PHONE");
        form.put("category", "FAULT");
        form.put("impact", "PAYMENT_DOWN");
        form.put("summary", "住院处电子票据开具失败 " + marker);
        form.put("description", "出院结算时财政平台返回签名错误");
        form.put("reportedAt", EngineRest.minutesAgo(30));
        Http.Response started = engine.submitStartForm("agent", "CaseProcess", form);
        assertThat(started.status()).as(started.text()).isEqualTo(200);

        JsonNode found = search(http, "agent", "电子票据 " + marker);
        assertThat(found.get("totalItems").asInt()).isOne();
        String number = found.at("/items/0/number").asText();
        assertThat(found.at("/items/0/summary").asText()).isEqualTo("住院处电子票据开具失败 " + marker);
        assertThat(found.at("/items/0/hospital/code").asText()).isEqualTo("renmin");

        assertThat(search(http, "agent", "开具 " + marker).get("totalItems").asInt()).as("a word inside").isOne();
        assertThat(search(http, "agent", "签名 " + marker).get("totalItems").asInt()).as("in the description")
                .isOne();
        assertThat(search(http, "agent", "发票 " + marker).get("totalItems").asInt()).as("synonym 发票 = 票据")
                .isOne();
        assertThat(search(http, "agent", "叫号屏 " + marker).get("totalItems").asInt()).as("every word").isZero();
        assertThat(search(http, "agent", number.substring(3)).at("/items/0/number").asText()).as("number part")
                .isEqualTo(number);
        assertThat(search(http, "agent", "电子票据 " + marker + "&status=CANCELLED").get("totalItems").asInt())
                .isZero();

        assertThat(search(http, "it-renmin", "电子票据 " + marker).at("/items/0/number").asText()).isEqualTo(number);
        assertThat(search(http, "clinical-renmin", "电子票据 " + marker).get("totalItems").asInt()).isOne();
        for (String query : new String[] {"电子票据 " + marker, "电子票据", number}) {
            Http.Response other = http.get("it-fuscc", "/api/cases?size=100&text=" + EngineRest.encode(query));
            assertThat(other.status()).isEqualTo(200);
            assertThat(other.text()).as("another hospital").doesNotContain(marker, number, "住院处电子票据开具失败");
        }
    }

    private static JsonNode search(Http http, String user, String text) {
        String[] parts = text.split("&", 2);
        Http.Response response = http.get(user, "/api/cases?text=" + EngineRest.encode(parts[0])
                + (parts.length > 1 ? "&" + parts[1] : ""));
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }
}
