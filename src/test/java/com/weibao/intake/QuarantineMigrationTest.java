package com.weibao.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V12 on a fresh database holding the two quarantines of V11: every row of both arrives in the one table, the
 * intake's under their ids, the mail's with their exact bytes, error, times, attempts and status (DISCARDED now
 * DISMISSED), and the mail ledger points at the mails' new ids.
 */
class QuarantineMigrationTest {

    /** Bytes no charset decoder would keep: GBK "你", a lone 0xFF, CRLF. */
    private static final byte[] NOT_UTF8 = {(byte) 0xC4, (byte) 0xE3, (byte) 0xFF, 0x0D, 0x0A};

    private JdbcDataSource database;
    private JdbcTemplate jdbc;

    @BeforeEach
    void databaseAtV11() {
        database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:quarantine-migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        database.setUser("sa");
        flyway("11.2").migrate();
        jdbc = new JdbcTemplate(database);
    }

    @Test
    void bothQuarantinesRowsAreCarriedIntoTheOneTable() {
        jdbc.update("insert into intake_quarantine (source, reason, detail, authenticated, reference, request_line,"
                + " headers, payload, received_at, status, payload_bytes, payload_kept) values"
                + " ('CTI:default', 'MALFORMED', 'callId: missing', true, null, 'POST /intake/cti/events',"
                + " 'Content-Type: application/json', '{\"caller\":\"王\"}', ?, 'OPEN', 15, true),"
                + " ('WECHAT_MP', 'UNSIGNED', 'no signature', false, null, 'POST /intake/wechat/mp', null, '', ?,"
                + " 'DISMISSED', 300, false)", at(1, 10), at(2, 10));
        long mailOpen = mail("m:open", NOT_UTF8, "UnreadableMailException: bad base64", 2, "OPEN", null, null);
        long mailDiscarded = mail("m:discarded", "ABC".getBytes(), "the mail is 3 bytes, over the limit of 1 bytes",
                1, "DISCARDED", "lead", null);
        long mailReprocessed = mail("m:reprocessed", "DEF".getBytes(), "IllegalStateException: database", 3,
                "REPROCESSED", "manager", "WB-2026-000042");
        ledger("m:open", "QUARANTINED", mailOpen);
        ledger("m:discarded", "DISCARDED", mailDiscarded);
        ledger("m:reprocessed", "CASE_CREATED", mailReprocessed);

        flyway(null).migrate();

        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where lower(table_name) in"
                + " ('intake_quarantine', 'mail_quarantine')", Integer.class)).as("the old tables are gone").isZero();
        List<Map<String, Object>> rows = jdbc.queryForList("select * from quarantine order by id");
        assertThat(rows).hasSize(5);

        Map<String, Object> cti = rows.get(0);
        assertThat(cti).containsEntry("ID", 1L).containsEntry("CHANNEL", "PHONE").containsEntry("SOURCE", "CTI:default")
                .containsEntry("REASON", "MALFORMED").containsEntry("STATUS", "OPEN").containsEntry("BODY_BYTES", 15L)
                .containsEntry("BODY_KEPT", true).containsEntry("CONTENT_TYPE", "application/json")
                .containsEntry("ATTEMPTS", 1).containsEntry("QUARANTINED_AT", at(1, 10));
        assertThat(new String((byte[]) cti.get("BODY"), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("{\"caller\":\"王\"}");
        assertThat(rows.get(1)).containsEntry("ID", 2L).containsEntry("CHANNEL", "WECHAT")
                .containsEntry("STATUS", "DISMISSED").containsEntry("AUTHENTICATED", false)
                .containsEntry("BODY_KEPT", false).containsEntry("CONTENT_TYPE", "application/xml");

        Map<String, Object> open = rows.get(2);
        assertThat(open).containsEntry("CHANNEL", "EMAIL").containsEntry("SOURCE", "EMAIL:helpdesk")
                .containsEntry("REASON", "FAILED").containsEntry("DETAIL", "UnreadableMailException: bad base64")
                .containsEntry("REFERENCE", "m:open").containsEntry("SENDER", "a@renmin.example")
                .containsEntry("SUBJECT", "坏邮件 m:open").containsEntry("CONTENT_TYPE", "message/rfc822")
                .containsEntry("BODY_BYTES", 5L).containsEntry("BODY_KEPT", true).containsEntry("AUTHENTICATED", true)
                .containsEntry("ATTEMPTS", 2).containsEntry("STATUS", "OPEN")
                .containsEntry("RECEIVED_AT", at(3, 9)).containsEntry("QUARANTINED_AT", at(3, 10));
        assertThat((byte[]) open.get("BODY")).as("the raw mail, byte for byte").isEqualTo(NOT_UTF8);
        assertThat(rows.get(3)).containsEntry("REFERENCE", "m:discarded").containsEntry("REASON", "TOO_LARGE")
                .containsEntry("STATUS", "DISMISSED").containsEntry("RESOLVED_BY", "lead")
                .containsEntry("RESOLVED_AT", at(5, 12));
        assertThat(rows.get(4)).containsEntry("REFERENCE", "m:reprocessed").containsEntry("STATUS", "REPROCESSED")
                .containsEntry("ATTEMPTS", 3).containsEntry("CASE_NUMBER", "WB-2026-000042");

        assertThat(jdbc.queryForList("select message_key, outcome, quarantine_id from inbound_mail order by id"))
                .extracting(m -> List.of(m.get("MESSAGE_KEY"), m.get("OUTCOME"), m.get("QUARANTINE_ID")))
                .containsExactly(List.of("m:open", "QUARANTINED", rows.get(2).get("ID")),
                        List.of("m:discarded", "DISMISSED", rows.get(3).get("ID")),
                        List.of("m:reprocessed", "CASE_CREATED", rows.get(4).get("ID")));

        jdbc.update("insert into quarantine (channel, source, reason, authenticated, body, body_bytes, body_kept,"
                + " content_type, received_at, quarantined_at, attempts, status) values ('PHONE', 'CTI:default',"
                + " 'FAILED', true, ?, 1, true, 'application/json', ?, ?, 1, 'OPEN')", new byte[] {'{'}, at(5, 1),
                at(5, 1));
        assertThat(jdbc.queryForObject("select max(id) from quarantine", Long.class)).as("new ids after the moved")
                .isEqualTo(6L);
    }

    private long mail(String key, byte[] raw, String error, int attempts, String status, String resolvedBy,
                      String caseNumber) {
        int day = jdbc.queryForObject("select count(*) from mail_quarantine", Integer.class) + 3;
        jdbc.update("insert into mail_quarantine (message_key, mailbox, sender, subject, size, raw, error,"
                        + " received_at, quarantined_at, status, attempts, resolved_by, resolved_at, case_number)"
                        + " values (?, 'helpdesk', 'a@renmin.example', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", key,
                "坏邮件 " + key, raw.length, raw, error, at(day, 9), at(day, 10), status, attempts, resolvedBy,
                resolvedBy == null ? null : at(day + 1, 12), caseNumber);
        return jdbc.queryForObject("select id from mail_quarantine where message_key = ?", Long.class, key);
    }

    private void ledger(String key, String outcome, long quarantineId) {
        jdbc.update("insert into inbound_mail (message_key, mailbox, received_at, processed_at, outcome, quarantine_id)"
                + " values (?, 'helpdesk', ?, ?, ?, ?)", key, at(3, 9), at(3, 10), outcome, quarantineId);
    }

    private static Timestamp at(int day, int hour) {
        return Timestamp.valueOf(LocalDateTime.of(2026, 11, day, hour, 0));
    }

    private Flyway flyway(String target) {
        // the placeholder application.yml sets for H2 (V13, the event publication registry's id column)
        var config = Flyway.configure().dataSource(database).locations("classpath:db/migration")
                .placeholders(Map.of("event_publication_id_type", "uuid"));
        return (target == null ? config : config.target(target)).load();
    }
}
