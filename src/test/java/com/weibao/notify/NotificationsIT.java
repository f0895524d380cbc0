package com.weibao.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The outbound interface against a real SMTP server: delivery, threading tag, dedup, retry after an outage. */
class NotificationsIT extends IntegrationTest {

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationRepository repository;

    @Test
    void mailsAUserWithTheReferenceTagAndMarksItAutomatic() throws Exception {
        String marker = UUID.randomUUID().toString();
        List<Notification> queued = notifications.send(new NotificationRequest(Recipient.user("engineer1"), null,
                "WB-2026-999001", "TEST", "请处理 " + marker, "正文：" + marker, null));

        assertThat(queued).singleElement().satisfies(n -> {
            assertThat(n.getChannel()).isEqualTo(ChannelType.EMAIL);
            assertThat(n.getAddress()).isEqualTo("engineer1@weibao.local");
            assertThat(n.getRecipient()).isEqualTo("张伟 工程师");
        });
        MimeMessage mail = awaitMail("engineer1@weibao.local", marker);
        assertThat(mail.getSubject()).isEqualTo("[WB-2026-999001] 请处理 " + marker);
        assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
        assertThat(mail.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Notification sent = repository.findById(queued.get(0).getId()).orElseThrow();
            assertThat(sent.getStatus()).isEqualTo(NotificationStatus.SENT);
            assertThat(sent.getExternalId()).isEqualTo(mail.getMessageID());
        });
    }

    @Test
    void aGroupReachesEveryMemberAndTheSameKeyIsQueuedOnce() {
        String key = "test-" + UUID.randomUUID();
        NotificationRequest request = new NotificationRequest(Recipient.group("engineers"), null, null, "TEST",
                "组通知 " + key, "正文", key);

        List<Notification> first = notifications.send(request);
        List<Notification> again = notifications.send(request);

        assertThat(first).extracting(Notification::getAddress)
                .containsExactlyInAnyOrder("engineer1@weibao.local", "engineer2@weibao.local");
        assertThat(again).isEmpty();
        awaitMail("engineer2@weibao.local", key);
    }

    @Test
    void nobodyToReachIsRecordedAsUndeliverableNotDropped() {
        List<Notification> queued = notifications.send(new NotificationRequest(Recipient.user("no-such-user"), null,
                null, "TEST", "无人接收", "正文", null));

        assertThat(queued).singleElement().satisfies(n -> {
            assertThat(n.getStatus()).isEqualTo(NotificationStatus.UNDELIVERABLE);
            assertThat(n.getLastError()).contains("USER:no-such-user");
        });
    }

    @Test
    void aMailServerOutageIsRetriedUntilTheMailGoesOut() {
        String marker = UUID.randomUUID().toString();
        MAIL.stop();
        List<Notification> queued;
        try {
            queued = notifications.send(new NotificationRequest(Recipient.user("lead"), null, null, "TEST",
                    "停机重试 " + marker, "正文", null));
            long id = queued.get(0).getId();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                Notification waiting = repository.findById(id).orElseThrow();
                assertThat(waiting.getAttempts()).isGreaterThanOrEqualTo(1);
                assertThat(waiting.getStatus()).isIn(NotificationStatus.PENDING, NotificationStatus.SENDING,
                        NotificationStatus.FAILED);
                assertThat(waiting.getLastError()).isNotBlank();
            });
        } finally {
            MAIL.start();
        }
        long id = queued.get(0).getId();
        Notification afterOutage = repository.findById(id).orElseThrow();
        if (afterOutage.getStatus() == NotificationStatus.FAILED) {
            Http.Response retried = http().post("lead", "/api/notifications/" + id + "/retry", "");
            assertThat(retried.status()).isEqualTo(200);
        }
        awaitMail("lead@weibao.local", marker);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(repository.findById(id).orElseThrow().getStatus()).isEqualTo(NotificationStatus.SENT));
    }

    @Test
    void supervisorsSeeUndeliveredNotificationsHospitalsDoNot() {
        notifications.send(new NotificationRequest(Recipient.user("ghost"), null, null, "TEST", "无人", "正文", null));

        JsonNode undeliverable = http().get("manager", "/api/notifications?status=UNDELIVERABLE").json();
        assertThat(undeliverable).anySatisfy(n -> assertThat(n.get("recipient").asText()).isEqualTo("USER:ghost"));
        assertThat(http().get("it-renmin", "/api/notifications").status()).isEqualTo(403);
        assertThat(http().post("engineer1", "/api/notifications/1/retry", "").status()).isEqualTo(403);
    }

    private static MimeMessage awaitMail(String to, String marker) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(to))
                                && m.getSubject().contains(marker);
                    } catch (Exception e) {
                        return false;
                    }
                }).findFirst().orElse(null), m -> m != null);
    }
}
