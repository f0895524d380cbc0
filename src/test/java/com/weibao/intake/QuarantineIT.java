package com.weibao.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.cases.Channel;
import com.weibao.intake.mail.MailIntakeService;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The one quarantine of every intake channel over real HTTP: who sees it (the vendor's staff; no hospital user, not
 * even whether an id exists) and who resolves it (leads, managers, administrators); reads audited; a mail kept as
 * its exact bytes, and over its mailbox's allowance kept with its metadata; items of each channel reprocessed and
 * dismissed through the same API.
 */
class QuarantineIT extends IntegrationTest {

    private static final Charset GB18030 = Charset.forName("GB18030");

    @Autowired
    MailIntakeService mail;
    @Autowired
    IntakeQuarantine quarantine;
    @Autowired
    IntakeDoorProperties door;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onlyTheVendorsStaffSeeTheQuarantineAndOnlyItsSupervisorsResolveIt() {
        String mailbox = "isolation-" + UUID.randomUUID().toString().substring(0, 8);
        String subject = "隔离区权限 " + mailbox;
        assertThat(mail.receive(mailbox, unparseable("wang@renmin.example", subject), Instant.now()).result())
                .isEqualTo(MailIntakeService.Result.QUARANTINED);
        long id = only(mailbox).get("id").asLong();
        long unknown = id + 1_000_000;

        for (String hospitalUser : List.of("it-renmin", "it-fuscc")) {
            for (String path : List.of("/api/quarantine", "/api/quarantine?channel=EMAIL&status=DISMISSED",
                    "/api/quarantine/" + id, "/api/quarantine/" + id + "/raw", "/api/quarantine/" + unknown,
                    "/api/quarantine/" + unknown + "/raw")) {
                Http.Response denied = http().get(hospitalUser, path);
                assertThat(denied.status()).as("%s %s", hospitalUser, path).isEqualTo(403);
                assertThat(denied.text()).doesNotContain(mailbox);
            }
            for (long target : List.of(id, unknown)) {
                assertThat(http().post(hospitalUser, "/api/quarantine/" + target + "/reprocess", "").status())
                        .as("%s reprocess %d", hospitalUser, target).isEqualTo(403);
                assertThat(http().post(hospitalUser, "/api/quarantine/" + target + "/dismiss", "").status())
                        .as("%s dismiss %d", hospitalUser, target).isEqualTo(403);
            }
        }
        assertThat(http().get(null, "/api/quarantine").status()).isEqualTo(401);
        assertThat(http().get(null, "/api/quarantine/" + id + "/raw").status()).isEqualTo(401);

        for (String staff : List.of("agent", "engineer1")) {
            assertThat(http().get(staff, "/api/quarantine?source=EMAIL:" + mailbox).json().get("canResolve")
                    .asBoolean()).as(staff).isFalse();
            assertThat(http().get(staff, "/api/quarantine/" + id).json().get("subject").asText()).isEqualTo(subject);
            assertThat(http().get(staff, "/api/quarantine/" + id + "/raw").status()).isEqualTo(200);
            assertThat(http().post(staff, "/api/quarantine/" + id + "/reprocess", "").status()).as(staff)
                    .isEqualTo(403);
            assertThat(http().post(staff, "/api/quarantine/" + id + "/dismiss", "").status()).as(staff)
                    .isEqualTo(403);
        }
        for (String supervisor : List.of("lead", "manager", "admin")) {
            assertThat(http().get(supervisor, "/api/quarantine").json().get("canResolve").asBoolean())
                    .as(supervisor).isTrue();
        }
        assertThat(http().get("agent", "/api/quarantine/" + id).json().get("status").asText())
                .as("nothing refused changed it").isEqualTo("OPEN");

        Http.Response missing = http().get("lead", "/api/quarantine/" + unknown);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(http().post("lead", "/api/quarantine/" + unknown + "/dismiss", "").status()).isEqualTo(404);
        Http.Response badStatus = http().get("lead", "/api/quarantine?status=DISCARDED");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.text()).contains("status").doesNotContain("Exception");
        assertThat(http().get("lead", "/api/quarantine?size=0").status()).isEqualTo(400);
        assertThat(http().get("lead", "/api/quarantine?page=-1").status()).isEqualTo(400);
    }

    @Test
    void readingAnItemAndDownloadingItsBodyAreAudited() {
        String mailbox = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        mail.receive(mailbox, unparseable("li@renmin.example", "审计 " + mailbox), Instant.now());
        String id = only(mailbox).get("id").asText();

        assertThat(http().get("engineer1", "/api/quarantine/" + id).status()).isEqualTo(200);
        assertThat(http().get("engineer1", "/api/quarantine/" + id + "/raw").status()).isEqualTo(200);
        assertThat(http().get("it-renmin", "/api/quarantine/" + id + "/raw").status()).isEqualTo(403);

        JsonNode read = awaitAudit("QUARANTINE_READ", id, "engineer1");
        assertThat(read.get("objectType").asText()).isEqualTo("QUARANTINED_ITEM");
        assertThat(read.get("outcome").asText()).isEqualTo("SUCCESS");
        assertThat(awaitAudit("QUARANTINE_DOWNLOAD", id, "engineer1").get("outcome").asText()).isEqualTo("SUCCESS");
        assertThat(awaitAudit("QUARANTINE_DOWNLOAD", id, "it-renmin").get("outcome").asText()).isEqualTo("REFUSED");
    }

    @Test
    void aMailIsKeptAsItsExactBytesUntilItsMailboxsAllowanceIsUsedUpThenWithItsMetadataOnly() {
        String mailbox = "capped-" + UUID.randomUUID().toString().substring(0, 8);
        long allowance = door.quarantineBytesPerSource().toBytes();
        int size = (int) (allowance * 3 / 8);
        List<byte[]> mails = List.of(oversized(size, "一"), oversized(size, "二"), oversized(size, "三"));
        for (byte[] raw : mails) {
            assertThat(mail.receive(mailbox, raw, Instant.now()).result())
                    .isEqualTo(MailIntakeService.Result.QUARANTINED);
        }
        JsonNode page = http().get("lead", "/api/quarantine?channel=EMAIL&source=EMAIL:" + mailbox).json();
        assertThat(page.get("totalItems").asLong()).isEqualTo(3);
        List<JsonNode> items = oldestFirst(page.get("items"));

        for (int i = 0; i < 2; i++) {
            JsonNode kept = items.get(i);
            assertThat(kept.get("reason").asText()).isEqualTo("TOO_LARGE");
            assertThat(kept.get("bodyKept").asBoolean()).isTrue();
            Http.Response raw = http().get("lead", kept.get("rawHref").asText());
            assertThat(raw.header("Content-Type")).startsWith("message/rfc822");
            assertThat(raw.body()).as("the mail's bytes, GB18030 and all").isEqualTo(mails.get(i));
        }
        JsonNode over = items.get(2);
        assertThat(over.get("bodyKept").asBoolean()).as("past the allowance").isFalse();
        assertThat(over.get("bodyBytes").asLong()).isEqualTo(mails.get(2).length);
        assertThat(over.get("sender").asText()).isEqualTo("zhao@renmin.example");
        assertThat(over.get("subject").asText()).isEqualTo("超大邮件 三");
        assertThat(over.get("rawHref").isNull()).isTrue();
        assertThat(http().get("lead", "/api/quarantine/" + over.get("id").asLong() + "/raw").status())
                .isEqualTo(404);
        assertThat(quarantine.droppedBodies()).anySatisfy(d -> assertThat(d.source()).isEqualTo("EMAIL:" + mailbox));

        Http.Response notTried = http().post("lead", "/api/quarantine/" + over.get("id").asLong() + "/reprocess", "");
        assertThat(notTried.status()).isEqualTo(409);
        assertThat(notTried.text()).contains("still in the mailbox");
        assertThat(http().get("lead", "/api/quarantine/" + over.get("id").asLong()).json().get("attempts").asInt())
                .isOne();
        Http.Response dismissed = http().post("manager", "/api/quarantine/" + over.get("id").asLong() + "/dismiss",
                Map.of("note", "已在邮箱中查看"));
        assertThat(dismissed.json().get("status").asText()).isEqualTo("DISMISSED");
        assertThat(dismissed.json().get("resolutionNote").asText()).isEqualTo("已在邮箱中查看");
        assertThat(jdbc.queryForObject("select outcome from inbound_mail where quarantine_id = ?", String.class,
                over.get("id").asLong())).as("the mail ledger follows").isEqualTo("DISMISSED");

        Http.Response accepted = http().post("manager", "/api/quarantine/" + items.get(0).get("id").asLong()
                + "/reprocess", "");
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        assertThat(accepted.json().get("caseNumber").asText()).startsWith("WB-");
        assertThat(http().get("agent", "/api/cases/" + accepted.json().get("caseNumber").asText()).json()
                .get("summary").asText()).isEqualTo("超大邮件 一");
        assertThat(http().get("lead", "/api/quarantine?status=REPROCESSED&source=EMAIL:" + mailbox).json()
                .get("items")).singleElement().satisfies(i -> assertThat(i.get("resolvedBy").asText())
                .isEqualTo("manager"));
    }

    @Test
    void aWebhookItemIsReprocessedThroughItsChannelAndOneThatCannotBeTriedOnlyDismissed() {
        String callId = "quarantined-" + UUID.randomUUID();
        String event = "{\"type\":\"started\",\"callId\":\"" + callId + "\",\"caller\":\"13800000000\","
                + "\"hotline\":\"4008118890\",\"startedAt\":\"2026-11-22T02:10:00+08:00\"}";
        QuarantinedItem failed = quarantine.keep(IntakeQuarantine.Arrival.request(Channel.PHONE, "CTI:test",
                        "application/json", event.getBytes(StandardCharsets.UTF_8), "POST /intake/cti/events",
                        Map.of("Content-Type", "application/json")),
                QuarantinedItem.Reason.FAILED, "CannotCreateTransactionException: the database was away", null);
        Http.Response reprocessed = http().post("lead", "/api/quarantine/" + failed.getId() + "/reprocess", "");
        assertThat(reprocessed.status()).as(reprocessed.text()).isEqualTo(200);
        assertThat(reprocessed.json().get("status").asText()).isEqualTo("REPROCESSED");
        assertThat(reprocessed.json().get("resolutionNote").asText()).contains("recorded", callId);
        assertThat(http().post("lead", "/api/quarantine/" + failed.getId() + "/reprocess", "").status())
                .as("once").isEqualTo(409);

        QuarantinedItem refused = quarantine.keep(IntakeQuarantine.Arrival.request(Channel.WECHAT, "WECOM",
                        "application/xml", "<xml><MsgType>text</MsgType></xml>".getBytes(StandardCharsets.UTF_8),
                        "POST /intake/wechat/wecom", Map.of()),
                QuarantinedItem.Reason.MALFORMED, "not a WeChat message", null);
        Http.Response notTried = http().post("manager", "/api/quarantine/" + refused.getId() + "/reprocess", "");
        assertThat(notTried.status()).isEqualTo(409);
        assertThat(notTried.text()).contains("WeChat resends");
        JsonNode listed = http().get("manager", "/api/quarantine?channel=WECHAT&source=WECOM&size=500").json();
        assertThat(listed.get("items")).filteredOn(i -> i.get("id").asLong() == refused.getId()).singleElement()
                .satisfies(i -> {
                    assertThat(i.get("attempts").asInt()).as("not tried: no attempt").isOne();
                    assertThat(i.get("contentType").asText()).isEqualTo("application/xml");
                });
        assertThat(http().post("manager", "/api/quarantine/" + refused.getId() + "/dismiss", "").json()
                .get("status").asText()).isEqualTo("DISMISSED");
    }

    // ---------------------------------------------------------------- helpers

    private JsonNode only(String mailbox) {
        JsonNode items = http().get("lead", "/api/quarantine?source=EMAIL:" + mailbox).json().get("items");
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static List<JsonNode> oldestFirst(JsonNode items) {
        List<JsonNode> list = new java.util.ArrayList<>();
        items.forEach(list::add);
        java.util.Collections.reverse(list);
        return list;
    }

    private JsonNode awaitAudit(String action, String id, String actor) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
            for (JsonNode item : http().get("admin", "/api/audit?size=500&action=" + action + "&object=" + id
                    + "&actor=" + actor).json().get("items")) {
                if (item.get("objectId").asText().equals(id)) {
                    return item;
                }
            }
            return null;
        }, java.util.Objects::nonNull);
    }

    /** A mail in uuencode without its "begin" line: nothing can read it. */
    private static byte[] unparseable(String from, String subject) {
        return ("From: " + from + "\r\nTo: helpdesk@weibao.local\r\nSubject: " + subject
                + "\r\nMessage-ID: <" + UUID.randomUUID() + "@renmin.example>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain\r\nContent-Transfer-Encoding: x-uuencode\r\n\r\n"
                + "M86QL;&]W97)L9\"!T:&ES(&ES(&YO=\"!U=65N8V]D960@=&5X=`H`\r\nend\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A mail over max-mail-size with a raw GB18030 subject (8-bit, as sloppy mailers send it). */
    private static byte[] oversized(int size, String marker) {
        ByteArrayOutputStream mail = new ByteArrayOutputStream();
        mail.writeBytes(("From: zhao@renmin.example\r\nTo: helpdesk@weibao.local\r\nMessage-ID: <"
                + UUID.randomUUID() + "@renmin.example>\r\nMIME-Version: 1.0\r\nSubject: ")
                .getBytes(StandardCharsets.US_ASCII));
        mail.writeBytes(("超大邮件 " + marker).getBytes(GB18030));
        mail.writeBytes("\r\nContent-Type: text/plain; charset=GB18030\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        byte[] line = ("附件很大，打印机日志如下。" + "x".repeat(60) + "\r\n").getBytes(GB18030);
        while (mail.size() < size) {
            mail.writeBytes(line);
        }
        return Arrays.copyOf(mail.toByteArray(), mail.size());
    }
}
