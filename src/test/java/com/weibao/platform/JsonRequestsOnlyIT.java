package com.weibao.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.notify.Notification;
import com.weibao.notify.NotificationRepository;
import com.weibao.notify.NotificationRequest;
import com.weibao.notify.NotificationStatus;
import com.weibao.notify.Notifications;
import com.weibao.notify.Recipient;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The API's state-changing calls take JSON only, so a page of another site cannot make a browser that remembers a
 * Weibao login send them: what an HTML form can send (form fields, multipart, text/plain) is refused with 415 before
 * anything happens; so is a call without a Content-Type. Reading is unaffected.
 */
class JsonRequestsOnlyIT extends IntegrationTest {

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationRepository repository;

    @Test
    void aCrossSiteFormPostToTheBodylessRetryIsRefusedAndChangesNothing() {
        List<Notification> queued = notifications.send(new NotificationRequest(
                Recipient.user("ghost-" + UUID.randomUUID()), null, null, "TEST", "跨站测试", "正文", null));
        long id = queued.get(0).getId();
        Notification before = await().atMost(Duration.ofSeconds(20)).until(() -> repository.findById(id).orElseThrow(),
                n -> n.getStatus() == NotificationStatus.UNDELIVERABLE);

        for (String formType : new String[] {"application/x-www-form-urlencoded", "text/plain"}) {
            Http.Response refused = http().request("lead", "POST", "/api/notifications/" + id + "/retry", formType, "");

            assertUnsupported(refused, formType);
        }
        Http.Response multipart = http().request("lead", "POST", "/api/notifications/" + id + "/retry",
                "multipart/form-data; boundary=x", "--x--");
        assertThat(multipart.status()).as("a form's multipart: an upload without the page's header").isEqualTo(403);
        assertThat(multipart.json().get("type").asText()).isEqualTo("urn:weibao:problem:upload-without-marker");
        Notification after = repository.findById(id).orElseThrow();
        assertThat(after.getStatus()).isEqualTo(before.getStatus());
        assertThat(after.getAttempts()).isEqualTo(before.getAttempts());
        assertThat(http().post("lead", "/api/notifications/" + id + "/retry", "").status())
                .as("the same call as JSON reaches the controller (which refuses to retry an undeliverable one)")
                .isEqualTo(409);
    }

    @Test
    void aCrossSiteTextPostCannotReloadTheCalendar() {
        assertUnsupported(http().request("admin", "POST", "/api/sla/calendar/reload", "text/plain", "x"), "text/plain");
        assertUnsupported(http().request("admin", "POST", "/api/sla/calendar/reload", null, null), null);

        Http.Response reloaded = http().request("admin", "POST", "/api/sla/calendar/reload", "application/json", null);
        assertThat(reloaded.status()).as(reloaded.text()).isEqualTo(200);
        assertThat(reloaded.json().get("loadedYears")).isNotEmpty();
    }

    @Test
    void jsonWithACharsetAndProblemJsonPassReadsAreUntouched() {
        Http.Response created = http().request("agent", "POST", "/api/cases", "application/json; charset=UTF-8",
                Http.write(caseRequest("字符集 " + UUID.randomUUID())));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String number = created.json().get("number").asText();
        assertThat(http().request("agent", "POST", "/api/cases/" + number + "/notes", "application/problem+json",
                "{\"text\":\"备注\"}").status()).isEqualTo(201);
        assertThat(http().request("agent", "GET", "/api/cases/" + number, "text/plain", null).status()).isEqualTo(200);
        assertUnsupported(http().request("agent", "POST", "/api/cases/" + number + "/notes", "text/plain",
                "{\"text\":\"跨站备注\"}"), "text/plain");
        assertThat(http().get("agent", "/api/cases/" + number).json().get("history"))
                .noneSatisfy(e -> assertThat(e.get("detail").asText()).contains("跨站备注"));
        assertUnsupported(http().request("agent", "DELETE", "/api/cases/" + number, "text/plain", ""), "text/plain");
        assertThat(http().request("admin", "DELETE", "/api/security/login-locks?user=nobody", null, null).status())
                .as("a DELETE without a body needs no Content-Type: no other site can send one").isEqualTo(200);
    }

    private static void assertUnsupported(Http.Response response, String contentType) {
        assertThat(response.status()).as("%s: %s", contentType, response.text()).isEqualTo(415);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("type").asText()).isEqualTo("urn:weibao:problem:json-only");
        assertThat(problem.get("detail").asText()).contains("application/json");
    }
}
