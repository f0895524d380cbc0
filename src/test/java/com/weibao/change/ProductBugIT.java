package com.weibao.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.support.EngineRest;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Seed 000's product bug loop over real HTTP: engineer1 hands a FUSCC P2 case to R&D with a ticket and an expected fix
 * date, the reporter gets that date by mail; the case goes into a release (a product bug may, whatever its level),
 * which FUSCC confirms and accepts; the reporter is told the fix is released and the bug shows the release. Renmin
 * neither records nor sees anything; the hospital does not record product bugs.
 */
class ProductBugIT extends IntegrationTest {

    private static final String FUSCC = "fuscc-internet-hospital";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void theReporterIsToldTheExpectedFixDateAndThenThatTheReleaseFixedIt() {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String reporterMail = "zhou-" + marker + "@fuscc.example";
        Map<String, Object> fault = caseRequest("挂号窗口偶发重复扣费 " + marker);
        fault.put("contract", FUSCC);
        fault.put("system", "patient-portal");
        fault.put("priority", "P2");
        fault.put("impact", "FUNCTION_IMPAIRED");
        @SuppressWarnings("unchecked")
        Map<String, Object> reporter = (Map<String, Object>) fault.get("reporter");
        reporter.put("email", reporterMail);
        Http.Response created = http.post("agent", "/api/cases", fault);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String number = created.json().get("number").asText();
        String bugs = "/api/cases/" + number + "/product-bugs";

        LocalDate expected = LocalDate.now(SHANGHAI).plusDays(10);
        Map<String, Object> bug = new LinkedHashMap<>();
        bug.put("ticket", "RD-" + marker);
        bug.put("expectedFixOn", expected.toString());
        bug.put("description", "并发支付回调未做幂等");
        Http.Response foreign = http.post("it-renmin", bugs, bug);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text()).doesNotContain(marker);
        assertThat(http.post("it-fuscc", bugs, bug).status()).isEqualTo(403);
        assertThat(http.post("agent", bugs, bug).status()).isEqualTo(403);
        Http.Response incomplete = http.post("engineer1", bugs, Map.of("description", "缺日期"));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.json().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("ticket", "expectedFixOn");
        Http.Response past = http.post("engineer1", bugs, Map.of("ticket", "RD-" + marker, "expectedFixOn",
                LocalDate.now(SHANGHAI).minusDays(1).toString()));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.text()).contains("预计修复日期不能早于今天");
        assertThat(http.get("engineer1", bugs).json()).isEmpty();

        Http.Response recorded = http.post("engineer1", bugs, bug);
        assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
        assertThat(recorded.json().get("statusLabel").asText()).isEqualTo("研发修复中");
        assertThat(http.post("engineer1", bugs, bug).status()).isEqualTo(409);
        String shownDate = DateTimeFormatter.ofPattern("yyyy年M月d日").format(expected);
        String told = mailTo(reporterMail, "您报修的问题已转研发修复：工单 " + number);
        assertThat(told).contains("RD-" + marker, "预计修复日期：" + shownDate, "[" + number + "]");
        JsonNode seen = http.get("it-fuscc", bugs).json();
        assertThat(seen.findValuesAsText("ticket")).containsExactly("RD-" + marker);
        assertThat(seen.get(0).get("expectedFixOn").asText()).isEqualTo(expected.toString());
        assertThat(seen.get(0).get("recordedBy").asText()).isEqualTo("张伟 工程师");
        Http.Response renminReads = http.get("it-renmin", bugs);
        assertThat(renminReads.status()).isEqualTo(404);
        assertThat(renminReads.text()).doesNotContain(marker);
        assertThat(http.get("it-fuscc", "/api/cases/" + number).json().get("history").findValuesAsText("type"))
                .contains("PRODUCT_BUG");

        // the release that fixes it: planned by the lead, the P2 case on its list because R&D fixes it
        String version = "2.3." + marker;
        Http.Response release = http.post("lead", "/api/releases", Map.of("contract", FUSCC, "system",
                "patient-portal", "version", version, "plannedAt", OffsetDateTime.now(SHANGHAI).plusDays(2)
                        .withHour(22).truncatedTo(ChronoUnit.HOURS).toString()));
        assertThat(release.status()).as(release.text()).isEqualTo(201);
        String href = release.header("Location");
        String reference = release.json().get("reference").asText();
        String instance = release.json().get("processInstanceId").asText();
        Http.Response listed = http.post("lead", href + "/cases", Map.of("caseNumber", number));
        assertThat(listed.status()).as(listed.text()).isEqualTo(200);
        engine.complete("lead", engine.visibleTask("lead", instance), Map.of("releaseNote", "周六晚发版"));
        engine.complete("it-fuscc", engine.visibleTask("it-fuscc", instance), Map.of("confirmationDecision",
                "CONFIRMED"));
        engine.complete("engineer1", engine.visibleTask("engineer1", instance), Map.of("implementationSteps",
                "22:00 部署 " + version));
        assertThat(http.get("lead", bugs).json().get(0).get("statusLabel").asText()).isEqualTo("研发修复中");
        engine.complete("it-fuscc", engine.visibleTask("it-fuscc", instance), Map.of("acceptanceDecision",
                "ACCEPTED", "acceptanceRemarks", "重复扣费未再出现"));

        await().atMost(Duration.ofSeconds(30)).until(() -> http.get("it-fuscc", bugs).json().get(0)
                .get("statusLabel").asText().equals("修复已发布"));
        JsonNode fixed = http.get("it-fuscc", bugs).json().get(0);
        assertThat(fixed.get("release").asText()).isEqualTo(reference);
        assertThat(fixed.get("releaseVersion").asText()).isEqualTo(version);
        String released = mailTo(reporterMail, "您报修的问题修复已发布：工单 " + number);
        assertThat(released).contains("RD-" + marker, "统一就诊服务门户 版本 " + version, "经信息科验收")
                .doesNotContain("patient-portal");
        assertThat(http.get("lead", "/api/cases/" + number).json().get("history").findValuesAsText("type"))
                .containsSubsequence("PRODUCT_BUG", "FIX_RELEASED");
    }

    private static String mailTo(String address, String subject) {
        AtomicReference<MimeMessage> found = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (MimeMessage m : MAIL.getReceivedMessages()) {
                if (m.getSubject() != null && m.getSubject().contains(subject)
                        && Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address))) {
                    found.set(m);
                    return true;
                }
            }
            return false;
        });
        try {
            return found.get().getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
