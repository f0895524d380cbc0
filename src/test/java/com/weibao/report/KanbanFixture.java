package com.weibao.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cases of the test contract kanban-care (hospital 看板测试医院, dashboard-test-contract.yaml), written straight
 * into the tables once per test run (the dashboard's trend needs months past, which no API can create), placed
 * relative to the moment they are written ({@code now}) and to this month's start M0 (Asia/Shanghai):
 * <pre>
 * case level status               reported      targets (deadline → outcome)
 * A    P1    CLOSED               month −2      response MET; resolution MET_LATE                (month −2)
 * B    P2    CLOSED               month −2      response MET; resolution MET                     (month −2)
 * C    P3    IN_PROGRESS          now − 40 d    response MET; resolution BREACHED                (month −1)
 * D    P2    CANCELLED            month −1      response MET_LATE (case cancelled: not counted)  (month −1)
 * E    P4    CLOSED               month −1      resolution CANCELLED (not counted)               (month −1)
 * F    P1    IN_PROGRESS          now − 2 d     response MET_LATE by 125 min; resolution RUNNING past due (breached)
 * G    P2    WAITING_FOR_REPORTER now − 5 d     response MET; resolution PAUSED (no deadline: not judged)
 * H    —     NEW                  now − 2 h     none (not triaged)
 * I    P3    IN_PROGRESS          now − 10 d    resolution RUNNING, due later this month (pending)
 * </pre>
 * Ratings: this month 确认评价 优, 优, 电话回访 良, 差; month −2 确认评价 良; 13 months ago 满意度调查 优 (outside the twelve
 * months). So, by hand: month −2 due 4 (met 3, late 1) 75.0 %; month −1 due 2 (met 1, breached 1) 50.0 %; this
 * month due 3 (met 1, late 1, breached 1) 33.3 %, pending 1; open cases P1 [0,1,0,0,0], P2 [0,0,1,0,0],
 * P3 [0,0,0,1,1], 未分级 [1,0,0,0,0] (bands 1天内, 1–3天, 3–7天, 7–30天, 30天以上), 5 in all; this month's missed
 * targets F's resolution (still open) and F's response (2小时5分); satisfaction 优 2, 良 2, 差 1.
 */
final class KanbanFixture {

    static final String CONTRACT = "kanban-care";
    static final String HOSPITAL_IT = "it-kanban";

    /** The case numbers, by letter (unique per run). */
    static String number(String letter) {
        return prefix + letter;
    }

    private static String prefix;

    private KanbanFixture() {
    }

    /** Writes the cases unless this run has written them already. */
    static synchronized void ensure(JdbcTemplate jdbc, Instant now) {
        if (prefix != null) {
            return;
        }
        prefix = "KB-" + (100000 + new java.util.Random().nextInt(900000)) + "-";
        long contract = jdbc.queryForObject("select id from contract where code = ?", Long.class, CONTRACT);
        YearMonth month = YearMonth.from(now.atZone(ReportPeriod.ZONE));
        Instant m0 = start(month);
        Instant m1 = start(month.minusMonths(1));
        Instant m2 = start(month.minusMonths(2));
        Instant end = start(month.plusMonths(1));
        Instant sinceM0 = m0.plus(Duration.between(m0, now).dividedBy(4));
        Instant midM0 = m0.plus(Duration.between(m0, now).dividedBy(2));

        long a = insertCase(jdbc, contract, "A", "P1", "CLOSED", m2.plus(Duration.ofHours(34)));
        target(jdbc, a, "RESPONSE", m2.plus(Duration.ofHours(34)), m2.plus(Duration.ofHours(35)), "MET",
                m2.plus(Duration.ofHours(34).plusMinutes(20)));
        target(jdbc, a, "RESOLUTION", m2.plus(Duration.ofHours(34)), m2.plus(Duration.ofHours(38)), "MET_LATE",
                m2.plus(Duration.ofHours(40)));
        long b = insertCase(jdbc, contract, "B", "P2", "CLOSED", m2.plus(Duration.ofHours(58)));
        target(jdbc, b, "RESPONSE", m2.plus(Duration.ofHours(58)), m2.plus(Duration.ofHours(60)), "MET",
                m2.plus(Duration.ofHours(59)));
        target(jdbc, b, "RESOLUTION", m2.plus(Duration.ofHours(58)), m2.plus(Duration.ofHours(80)), "MET",
                m2.plus(Duration.ofHours(70)));

        Instant cReported = now.minus(Duration.ofDays(40));
        Instant cDue = later(cReported.plus(Duration.ofHours(1)), m1.plus(Duration.ofHours(1)));
        long c = insertCase(jdbc, contract, "C", "P3", "IN_PROGRESS", cReported);
        target(jdbc, c, "RESPONSE", cReported, cDue, "MET", cDue.minus(Duration.ofMinutes(10)));
        target(jdbc, c, "RESOLUTION", cReported, cDue.plus(Duration.ofDays(1)), "BREACHED", null);
        long d = insertCase(jdbc, contract, "D", "P2", "CANCELLED", m1.plus(Duration.ofDays(2)));
        target(jdbc, d, "RESPONSE", m1.plus(Duration.ofDays(2)), m1.plus(Duration.ofDays(2).plusHours(2)), "MET_LATE",
                m1.plus(Duration.ofDays(2).plusHours(3)));
        long e = insertCase(jdbc, contract, "E", "P4", "CLOSED", m1.plus(Duration.ofDays(3)));
        target(jdbc, e, "RESOLUTION", m1.plus(Duration.ofDays(3)), m1.plus(Duration.ofDays(4)), "CANCELLED", null);

        long f = insertCase(jdbc, contract, "F", "P1", "IN_PROGRESS", now.minus(Duration.ofDays(2)));
        target(jdbc, f, "RESPONSE", now.minus(Duration.ofDays(2)), sinceM0, "MET_LATE",
                sinceM0.plus(Duration.ofMinutes(125)));
        target(jdbc, f, "RESOLUTION", now.minus(Duration.ofDays(2)), midM0, "RUNNING", null);
        long g = insertCase(jdbc, contract, "G", "P2", "WAITING_FOR_REPORTER", now.minus(Duration.ofDays(5)));
        target(jdbc, g, "RESPONSE", now.minus(Duration.ofDays(5)), sinceM0, "MET", sinceM0.minusSeconds(60));
        target(jdbc, g, "RESOLUTION", midM0, null, "PAUSED", null);
        insertCase(jdbc, contract, "H", null, "NEW", now.minus(Duration.ofHours(2)));
        long i = insertCase(jdbc, contract, "I", "P3", "IN_PROGRESS", now.minus(Duration.ofDays(10)));
        target(jdbc, i, "RESOLUTION", now.minus(Duration.ofDays(10)), now.plus(Duration.between(now, end).dividedBy(2)),
                "RUNNING", null);

        rating(jdbc, a, "A", "CONFIRMATION", "EXCELLENT", midM0);
        rating(jdbc, f, "F", "CONFIRMATION", "EXCELLENT", midM0);
        rating(jdbc, b, "B", "CALLBACK", "GOOD", midM0);
        rating(jdbc, c, "C", "CALLBACK", "POOR", midM0);
        rating(jdbc, b, "B", "CONFIRMATION", "GOOD", m2.plus(Duration.ofDays(2)));
        rating(jdbc, null, null, "SURVEY", "EXCELLENT", start(month.minusMonths(13)).plus(Duration.ofDays(1)));
    }

    private static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(ReportPeriod.ZONE).toInstant();
    }

    private static Instant later(Instant x, Instant y) {
        return x.isAfter(y) ? x : y;
    }

    /** Weibao keeps its times in UTC (hibernate.jdbc.time_zone). */
    private static LocalDateTime utc(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static long insertCase(JdbcTemplate jdbc, long contract, String letter, String priority, String status,
                                   Instant reported) {
        jdbc.update("insert into support_case (version, number, contract_id, reporter_name, channel, category, summary,"
                        + " reported_at, registered_at, registered_by, priority, status) values (0, ?, ?, '王护士',"
                        + " 'PHONE', 'FAULT', ?, ?, ?, 'agent', ?, ?)", number(letter), contract,
                "看板测试工单 " + letter, utc(reported), utc(reported), priority, status);
        return jdbc.queryForObject("select id from support_case where number = ?", Long.class, number(letter));
    }

    private static void target(JdbcTemplate jdbc, long caseId, String kind, Instant started, Instant due,
                               String status, Instant met) {
        String description = kind.equals("RESPONSE") ? "1小时内响应" : "24小时内解决";
        jdbc.update("insert into case_sla_target (version, case_id, code, kind, description, clock, window_days,"
                        + " window_hours, duration_seconds, warning_ratio, started_at, due_at, status, met_at,"
                        + " breached_at, escalation_level, created_at) values (0, ?, ?, ?, ?, 'ELAPSED', 'ALL_DAYS',"
                        + " '00:00-24:00', 3600, 0.75, ?, ?, ?, ?, ?, 0, ?)", caseId, kind, kind, description,
                utc(started), utc(due), status, utc(met), status.equals("BREACHED") ? utc(due) : null, utc(started));
    }

    private static void rating(JdbcTemplate jdbc, Long caseId, String letter, String source, String rating,
                               Instant given) {
        jdbc.update("insert into quality_satisfaction (case_id, case_number, contract_code, hospital_code, source,"
                        + " rating, given_by, given_at) values (?, ?, ?, 'kanban', ?, ?, 'it-kanban', ?)", caseId,
                letter == null ? null : number(letter), CONTRACT, source, rating, utc(given));
    }
}
