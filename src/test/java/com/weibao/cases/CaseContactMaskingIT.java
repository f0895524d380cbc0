package com.weibao.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A case's phone numbers, ID card numbers and e-mail addresses: in full for the vendor's staff and the hospital's IT
 * department, who call reporters back and act on the case; masked for the hospital's clinical departments. Before,
 * clinical users read them in full.
 */
class CaseContactMaskingIT extends IntegrationTest {

    @Test
    void clinicalUsersSeeContactDetailsMasked() {
        Map<String, Object> request = caseRequest("收费处打印机故障");
        request.put("reporter", Map.of("name", "王护士", "phone", "13812345678", "email",
                "wang.hushi@renmin.example", "department", "门诊收费处"));
        request.put("description", "请回电 010-87654321，患者身份证 440305199001011234 开票失败");
        Http.Response created = http().post("agent", "/api/cases", request);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String number = created.json().get("number").asText();
        http().post("agent", "/api/cases/" + number + "/notes", Map.of("text", "已联系 13812345678"));

        JsonNode clinical = http().get("clinical-renmin", "/api/cases/" + number).json();
        assertThat(clinical.at("/reporter/phone").asText()).isEqualTo("138****5678");
        assertThat(clinical.at("/reporter/email").asText()).isEqualTo("w***@renmin.example");
        assertThat(clinical.at("/reporter/name").asText()).isEqualTo("王护士");
        assertThat(clinical.get("description").asText())
                .isEqualTo("请回电 010-****4321，患者身份证 4403**********1234 开票失败");
        assertThat(clinical.toString()).doesNotContain("13812345678").doesNotContain("87654321")
                .doesNotContain("440305199001011234").doesNotContain("wang.hushi");

        for (String full : new String[] {"it-renmin", "agent", "engineer1"}) {
            JsonNode shown = http().get(full, "/api/cases/" + number).json();
            assertThat(shown.at("/reporter/phone").asText()).as(full).isEqualTo("13812345678");
            assertThat(shown.at("/reporter/email").asText()).as(full).isEqualTo("wang.hushi@renmin.example");
            assertThat(shown.get("description").asText()).as(full).contains("010-87654321");
        }
    }
}
