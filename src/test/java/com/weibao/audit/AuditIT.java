package com.weibao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.support.AddressedClient;
import com.weibao.support.EngineRest;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail over real HTTP: what is recorded (API reads and changes, refused attempts, Tasklist reads through
 * Camunda's REST API, logins, identity changes), who reads and exports it (a hospital's IT department its own
 * hospital, the vendor's administrators all, nobody else), and the chain: intact under concurrent writers and
 * sealers, broken where an entry was changed, still verifiable after the retention purge.
 */
class AuditIT extends IntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditSealer sealer;
    @Autowired
    AuditRetention retention;

    @Test
    void aCasesChangesAndReadsAreRecordedForItsHospital() {
        String number = newRenminCase();
        assertThat(http().get("it-renmin", "/api/cases/" + number).status()).isEqualTo(200);

        JsonNode registered = awaitItem("admin", "object=" + number, i -> i.get("action").asText()
                .equals("CASE_REGISTERED"));
        assertThat(registered.get("actor").asText()).isEqualTo("agent");
        assertThat(registered.get("surface").asText()).isEqualTo("API");
        assertThat(registered.get("clientAddress").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(registered.get("hospital").asText()).isEqualTo("renmin");
        assertThat(registered.get("hash").asText()).matches("[0-9a-f]{64}");
        JsonNode read = awaitItem("it-renmin", "object=" + number, i -> i.get("action").asText().equals("CASE_READ"));
        assertThat(read.get("actor").asText()).isEqualTo("it-renmin");
        assertThat(read.get("outcome").asText()).isEqualTo("SUCCESS");
        assertThat(items("it-renmin", "object=" + number)).extracting(i -> i.get("action").asText())
                .contains("CASE_PRIORITY_PROPOSED").doesNotContain("CASE_CREATE");
    }

    @Test
    void anotherHospitalsAttemptIsRecordedForTheHospitalItAimedAt() {
        String number = newRenminCase();
        assertThat(http().get("it-fuscc", "/api/cases/" + number).status()).isEqualTo(404);
        assertThat(http().post("it-fuscc", "/api/cases/" + number + "/notes", Map.of("text", "看看")).status())
                .isEqualTo(404);

        JsonNode refusedRead = awaitItem("it-renmin", "object=" + number + "&actor=it-fuscc",
                i -> i.get("action").asText().equals("CASE_READ"));
        assertThat(refusedRead.get("outcome").asText()).isEqualTo("REFUSED");
        JsonNode refusedNote = awaitItem("it-renmin", "object=" + number + "&actor=it-fuscc",
                i -> i.get("action").asText().equals("CASE_NOTE"));
        assertThat(refusedNote.get("outcome").asText()).isEqualTo("REFUSED");
        assertThat(refusedNote.get("detail").asText()).contains("→ 404");
    }

    @Test
    void aHospitalSeesNothingOfAnotherHospitalsTrail() throws Exception {
        String number = newRenminCase();
        JsonNode renminEntry = awaitItem("it-renmin", "object=" + number, i -> true);
        long seq = renminEntry.get("seq").asLong();

        assertThat(items("it-fuscc", "object=" + number)).isEmpty();
        assertThat(items("it-fuscc", "size=500")).allMatch(i -> i.get("hospital").asText().equals("fuscc"));
        Http.Response asked = http().get("it-fuscc", "/api/audit?hospital=renmin");
        assertThat(asked.status()).isEqualTo(403);
        assertThat(asked.header("Content-Type")).startsWith("application/problem+json");
        assertThat(http().get("it-fuscc", "/api/audit/export?hospital=renmin").status()).isEqualTo(403);
        assertThat(http().get("it-fuscc", "/api/audit/entries/" + seq).status()).isEqualTo(404);
        assertThat(http().get("it-renmin", "/api/audit/entries/" + seq).json().get("objectId").asText())
                .isEqualTo(number);
        assertThat(csvRows(http().get("it-fuscc", "/api/audit/export?format=csv")))
                .allMatch(r -> r.get("医院").equals("fuscc")).noneMatch(r -> r.get("对象").equals(number));
        for (String nobody : List.of("clinical-renmin", "agent", "engineer1", "manager", "lead")) {
            assertThat(http().get(nobody, "/api/audit").status()).as(nobody).isEqualTo(403);
            assertThat(http().get(nobody, "/api/audit/export").status()).as(nobody).isEqualTo(403);
            assertThat(http().get(nobody, "/api/audit/entries/" + seq).status()).as(nobody).isEqualTo(403);
        }
        awaitItem("it-renmin", "actor=it-fuscc&action=AUDIT_READ",
                i -> i.get("outcome").asText().equals("REFUSED"));
    }

    @Test
    void exportsAsCsvAndExcelHoldTheHospitalsEntriesOnly() throws Exception {
        String number = newRenminCase();
        http().get("it-renmin", "/api/cases/" + number);
        awaitItem("it-renmin", "object=" + number, i -> i.get("action").asText().equals("CASE_READ"));

        Http.Response csv = http().get("it-renmin", "/api/audit/export?format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Disposition")).contains("audit-renmin.csv");
        assertThat(csv.body()).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> rows = csvRows(csv);
        assertThat(rows).anyMatch(r -> r.get("对象").equals(number) && r.get("操作").equals("CASE_READ")
                && r.get("用户").equals("it-renmin"));
        assertThat(rows).allMatch(r -> r.get("医院").equals("renmin"));

        Http.Response xlsx = http().get("it-renmin", "/api/audit/export?format=xlsx");
        assertThat(xlsx.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> sheet = StreamSupport.stream(workbook.getSheetAt(0).spliterator(), false).toList();
            assertThat(sheet.get(0).getCell(0).getStringCellValue()).isEqualTo("时间");
            assertThat(sheet.subList(1, sheet.size())).anyMatch(r -> r.getCell(8).getStringCellValue().equals(number))
                    .allMatch(r -> r.getCell(9).getStringCellValue().equals("renmin"));
        }
        awaitItem("it-renmin", "actor=it-renmin&action=AUDIT_EXPORT", i -> true);
        assertThat(http().get("it-renmin", "/api/audit/export?format=pdf").status()).isEqualTo(400);
    }

    @Test
    void readingACaseInTasklistIsRecordedAndTheEngineLogIsShown() {
        EngineRest engine = new EngineRest(http());
        String marker = "审计-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response started = engine.submitStartForm("agent", "CaseProcess", Map.of("contractCode", "e-invoice",
                "reporterName", "王护士", "reporterPhone", "13800000000", "channel", "PHONE", "category", "FAULT",
                "impact", "PAYMENT_DOWN", "summary", marker));
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        String number = http().get("agent", "/api/cases?text=" + marker).json().at("/items/0/number").asText();
        JsonNode task = engine.visibleTask("agent", started.json().get("id").asText());
        String taskId = task.get("id").asText();
        engine.formVariables("agent", taskId);
        assertThat(http().get("it-fuscc", "/engine-rest/task/" + taskId + "/form-variables").status())
                .isIn(403, 404, 500);
        engine.claim("agent", taskId);

        JsonNode read = awaitItem("it-renmin", "object=" + number + "&action=CASE_READ",
                i -> i.get("actor").asText().equals("agent"));
        assertThat(read.get("surface").asText()).isEqualTo("ENGINE_REST");
        assertThat(read.get("outcome").asText()).isEqualTo("SUCCESS");
        JsonNode refused = awaitItem("it-renmin", "object=" + number + "&action=CASE_READ",
                i -> i.get("actor").asText().equals("it-fuscc"));
        // Camunda answers a tenant refusal with 500 until its refusals become 403/404 (issue 13, item 9)
        assertThat(refused.get("outcome").asText()).isIn("REFUSED", "FAILED");
        awaitItem("it-renmin", "object=" + number, i -> i.get("action").asText().equals("CASE_REGISTERED")
                && i.get("surface").asText().equals("ENGINE_REST"));

        JsonNode claim = awaitItem("it-renmin", "source=ENGINE&actor=agent&action=Claim",
                i -> i.get("objectId").asText().equals(taskId));
        assertThat(claim.get("hospital").asText()).isEqualTo("renmin");
        assertThat(items("it-fuscc", "source=ENGINE&size=500")).noneMatch(i -> i.get("objectId").asText()
                .equals(taskId));
    }

    /** Real logins from client addresses of their own, through the webapps' login form and the API. */
    @Test
    void loginsAndLiftedLocksAreRecordedAndShownToTheUsersHospital() {
        String stranger = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        try (AddressedClient desk = AddressedClient.from("127.0.0.81", port);
             AddressedClient other = AddressedClient.from("127.0.0.82", port)) {
            assertThat(desk.webappLogin("it-renmin", "it-renmin", "tasklist").status()).isEqualTo(200);
            assertThat(other.get("it-renmin:wrong-password", "/api/cases").status()).isEqualTo(401);
            assertThat(other.get(stranger + ":whatever", "/api/cases").status()).isEqualTo(401);
            assertThat(desk.delete("admin", "/api/security/login-locks?user=it-renmin").status()).isEqualTo(200);
        }

        awaitItem("it-renmin", "action=LOGIN", i -> i.get("clientAddress").asText().equals("127.0.0.81")
                && i.get("surface").asText().equals("WEBAPP") && i.get("outcome").asText().equals("SUCCESS"));
        JsonNode failed = awaitItem("it-renmin", "action=LOGIN", i -> i.get("clientAddress").asText()
                .equals("127.0.0.82"));
        assertThat(failed.get("outcome").asText()).isEqualTo("REFUSED");
        assertThat(failed.get("surface").asText()).isEqualTo("API");
        assertThat(failed.get("actor").asText()).isEqualTo("it-renmin");
        JsonNode unknown = awaitItem("admin", "action=LOGIN", i -> i.get("actor").asText().equals(stranger));
        assertThat(unknown.get("hospital").isNull()).isTrue();
        assertThat(items("it-fuscc", "action=LOGIN&size=500")).as("another hospital's logins")
                .noneMatch(i -> i.get("actor").asText().equals("it-renmin"));
        JsonNode lifted = awaitItem("it-renmin", "action=LOGIN_LOCKS_LIFTED", i -> i.get("actor").asText()
                .equals("admin"));
        assertThat(lifted.get("detail").asText()).contains("of user it-renmin", "127.0.0.82");
    }

    @Test
    void identityChangesThroughTheEngineAreRecordedWithTheirOutcome() {
        Http.Response put = http().put("it-renmin", "/engine-rest/group/camunda-admin/members/it-renmin");
        assertThat(put.status()).isEqualTo(403);

        JsonNode entry = awaitItem("it-renmin", "action=IDENTITY_CHANGE&actor=it-renmin",
                i -> i.get("detail").asText().startsWith("PUT"));
        assertThat(entry.get("outcome").asText()).isEqualTo("REFUSED");
        assertThat(entry.get("surface").asText()).isEqualTo("ENGINE_REST");
    }

    @Test
    void theChainIsIntactAndShowsWhereAnEntryWasChanged() {
        String number = newRenminCase();
        long seq = awaitItem("admin", "object=" + number, i -> true).get("seq").asLong();
        assertThat(http().get("admin", "/api/audit/verification").json().get("intact").asBoolean()).isTrue();

        String original = jdbc.queryForObject("select actor from audit_entry where seq = ?", String.class, seq);
        jdbc.update("update audit_entry set actor = 'someone-else' where seq = ?", seq);
        try {
            JsonNode verdict = http().get("it-renmin", "/api/audit/verification").json();
            assertThat(verdict.get("intact").asBoolean()).isFalse();
            assertThat(verdict.get("brokenAt").asLong()).isEqualTo(seq);
            assertThat(verdict.get("problem").asText()).contains("changed");
        } finally {
            jdbc.update("update audit_entry set actor = ? where seq = ?", original, seq);
        }
        assertThat(http().get("admin", "/api/audit/verification").json().get("intact").asBoolean()).isTrue();
        assertThat(http().get("engineer1", "/api/audit/verification").status()).isEqualTo(403);
    }

    @Test
    void concurrentWritersAndSealersKeepOneChain() throws Exception {
        String marker = "chain-" + UUID.randomUUID();
        int writers = 4;
        int each = 40;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                work.add(() -> {
                    for (int n = 0; n < each; n++) {
                        trail.record(new AuditRecord(Instant.now(), "writer-" + writer, null, AuditSurface.SYSTEM,
                                "TEST", "TEST", marker, null, AuditOutcome.SUCCESS, writer + "/" + n));
                    }
                    return each;
                });
            }
            for (int s = 0; s < 2; s++) {
                work.add(() -> {
                    int sealed = 0;
                    for (int round = 0; round < 20; round++) {
                        sealed += sealer.sealPending();
                    }
                    return sealed;
                });
            }
            for (Future<Integer> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        sealer.sealPending();

        List<Long> seqs = jdbc.queryForList("select seq from audit_entry where object_id = ? order by seq",
                Long.class, marker);
        assertThat(seqs).hasSize(writers * each).doesNotHaveDuplicates();
        JsonNode verdict = http().get("admin", "/api/audit/verification").json();
        assertThat(verdict.get("intact").asBoolean()).as(verdict.toString()).isTrue();
    }

    @Test
    void thePurgeDeletesTheOldestEntriesAndTheChainStillVerifies() {
        String before = "purge-" + UUID.randomUUID();
        trail.record(new AuditRecord(Instant.now().minus(4, ChronoUnit.DAYS), "weibao", null, AuditSurface.SYSTEM,
                "TEST", "TEST", before, null, AuditOutcome.SUCCESS, "old"));
        sealer.sealPending();
        Instant cutoff = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        await().atMost(Duration.ofSeconds(3)).until(() -> Instant.now().isAfter(cutoff));
        String after = "purge-" + UUID.randomUUID();
        trail.record(new AuditRecord(Instant.now(), "weibao", null, AuditSurface.SYSTEM, "TEST", "TEST", after, null,
                AuditOutcome.SUCCESS, "young"));
        sealer.sealPending();

        int purged = retention.purgeOlderThan(cutoff);

        assertThat(purged).isPositive();
        assertThat(count(before)).isZero();
        assertThat(count(after)).isEqualTo(1);
        JsonNode verdict = http().get("admin", "/api/audit/verification").json();
        assertThat(verdict.get("intact").asBoolean()).as(verdict.toString()).isTrue();
        long anchor = verdict.get("anchorSeq").asLong();
        assertThat(anchor).isPositive();
        assertThat(items("admin", "action=AUDIT_PURGED")).anyMatch(i -> i.get("objectId").asText()
                .equals(Long.toString(anchor)));

        String anchorHash = jdbc.queryForObject("select anchor_hash from audit_chain", String.class);
        jdbc.update("update audit_chain set anchor_seq = anchor_seq + 1, anchor_hash = "
                + "(select entry_hash from audit_entry where seq = ?)", anchor + 1);
        try {
            JsonNode moved = http().get("admin", "/api/audit/verification").json();
            assertThat(moved.get("intact").asBoolean()).isFalse();
            assertThat(moved.get("problem").asText()).contains("anchor");
        } finally {
            jdbc.update("update audit_chain set anchor_seq = ?, anchor_hash = ?", anchor, anchorHash);
        }
    }

    private static List<CSVRecord> csvRows(Http.Response csv) throws java.io.IOException {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(csv.body(), 3, csv.body().length - 3),
                StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private long count(String objectId) {
        return jdbc.queryForObject("select count(*) from audit_entry where object_id = ?", Long.class, objectId);
    }

    private String newRenminCase() {
        Http.Response created = http().post("agent", "/api/cases", caseRequest("审计 " + UUID.randomUUID()));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("number").asText();
    }

    private List<JsonNode> items(String user, String query) {
        Http.Response page = http().get(user, "/api/audit?size=500&" + query);
        assertThat(page.status()).as(page.text()).isEqualTo(200);
        List<JsonNode> items = new ArrayList<>();
        page.json().get("items").forEach(items::add);
        return items;
    }

    private JsonNode awaitItem(String user, String query, Predicate<JsonNode> matching) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> items(user, query).stream().filter(matching).findFirst().orElse(null),
                        java.util.Objects::nonNull);
    }
}
