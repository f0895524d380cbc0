package com.weibao.bench;

import com.weibao.platform.security.Caller;
import com.weibao.platform.security.Roles;
import com.weibao.report.DashboardQueries;
import com.weibao.report.PeriodReport;
import com.weibao.report.ReportDocuments;
import com.weibao.report.ReportDrafter;
import com.weibao.report.ReportPeriod;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Contract reports and the supervisor dashboard at size: fills -Dbench.report-cases (default 10,000) cases reported
 * last month on one contract (-Dbench.report-contract, default zhanjiang-5g-emergency) and as many more as make
 * -Dbench.report-total (default 100,000) cases in the database, spread over every contract and the last two years,
 * straight into the tables (case, history, SLA targets with every outcome, satisfaction ratings). Then times drafting
 * last month's report of that contract as the report process does when it archives it (ReportDrafter.draft, then the
 * Word and the Excel document), -Dbench.report-drafts times (default 5, after one unmeasured), and the dashboard's
 * queries (DashboardQueries.dashboard, as /api/dashboard runs them) for the contract and for every contract,
 * -Dbench.dashboard-calls times each (default 100, after 20 unmeasured): p50/p95/max.
 */
class ReportBenchmark implements Benchmark {

    private static final String[] PRIORITIES = {"P1", "P2", "P3", "P3", "P4", "P4"};

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String description() {
        return cases() + " cases last month on " + contract() + ", " + total()
                + " in the database: drafting the month's report, the dashboard's queries";
    }

    private static int cases() {
        return Integer.getInteger("bench.report-cases", 10_000);
    }

    private static int total() {
        return Math.max(cases(), Integer.getInteger("bench.report-total", 100_000));
    }

    private static String contract() {
        return System.getProperty("bench.report-contract", "zhanjiang-5g-emergency");
    }

    @Override
    public List<Figure> run(BenchApp app) throws Exception {
        JdbcTemplate jdbc = app.jdbc();
        Random random = new Random(17);
        Instant now = Instant.now();
        YearMonth thisMonth = YearMonth.now(ReportPeriod.ZONE);
        ReportPeriod lastMonth = ReportPeriod.parse(thisMonth.minusMonths(1).toString());

        long fillStart = System.nanoTime();
        Fill fill = new Fill(jdbc, random, now);
        long target = jdbc.queryForObject("select id from contract where code = ?", Long.class, contract());
        List<Long> contracts = jdbc.queryForList("select id from contract", Long.class);
        Duration month = Duration.between(lastMonth.from(), lastMonth.to());
        for (int i = 0; i < cases(); i++) {
            fill.add(target, lastMonth.from().plusMillis((long) (random.nextDouble() * month.toMillis())));
        }
        Instant twoYearsAgo = now.minus(Duration.ofDays(730));
        for (int i = cases(); i < total(); i++) {
            long c;
            Instant reported;
            do {
                c = contracts.get(random.nextInt(contracts.size()));
                reported = twoYearsAgo.plusMillis((long) (random.nextDouble()
                        * Duration.between(twoYearsAgo, now.minus(Duration.ofMinutes(5))).toMillis()));
            } while (c == target && lastMonth.contains(reported));
            fill.add(c, reported);
        }
        fill.flush();
        double fillSeconds = (System.nanoTime() - fillStart) / 1e9;

        ReportDrafter drafter = app.bean(ReportDrafter.class);
        Caller system = Caller.system("bench");
        int drafts = Integer.getInteger("bench.report-drafts", 5);
        List<Double> figures = new ArrayList<>();
        List<Double> documents = new ArrayList<>();
        int received = 0;
        for (int i = 0; i < drafts + 1; i++) {
            long started = System.nanoTime();
            PeriodReport report = drafter.draft(contract(), lastMonth, system);
            long drafted = System.nanoTime();
            ReportDocuments.docx(report, "", "");
            ReportDocuments.xlsx(report);
            long written = System.nanoTime();
            if (i > 0) {
                figures.add((drafted - started) / 1e6);
                documents.add((written - started) / 1e6);
            }
            received = report.cases().received();
        }
        figures.sort(null);
        documents.sort(null);

        DashboardQueries dashboard = app.bean(DashboardQueries.class);
        Set<String> hospitals = new HashSet<>(jdbc.queryForList("select code from hospital", String.class));
        Caller manager = new Caller("manager", Set.of(Roles.MANAGERS), hospitals);
        int calls = Integer.getInteger("bench.dashboard-calls", 100);

        List<Figure> result = new ArrayList<>();
        result.add(Figure.of("cases filled (" + cases() + " last month on " + contract() + ")", fill.cases, "cases"));
        result.add(Figure.of("SLA targets / history entries / ratings filled", fill.targets + fill.events
                + fill.ratings, "rows"));
        result.add(Figure.of("filling the tables", fillSeconds, "s"));
        result.add(Figure.of("cases received in " + lastMonth.name() + " (the report's count)", received, "cases"));
        result.add(Figure.of("report figures (ReportDrafter.draft) p50", Stats.percentile(figures, 50), "ms"));
        result.add(Figure.of("report figures (ReportDrafter.draft) max", Stats.max(figures), "ms"));
        result.add(Figure.of("report figures + Word + Excel (as archived) p50", Stats.percentile(documents, 50), "ms"));
        result.add(Figure.of("report figures + Word + Excel (as archived) max", Stats.max(documents), "ms"));
        result.addAll(measure("dashboard, " + contract(), calls, () -> dashboard.dashboard(contract(), manager)));
        result.addAll(measure("dashboard, every contract", calls, () -> dashboard.dashboard(null, manager)));
        return result;
    }

    private static List<Figure> measure(String what, int count, Runnable call) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < count + 20; i++) {
            long started = System.nanoTime();
            call.run();
            if (i >= 20) {
                millis.add((System.nanoTime() - started) / 1e6);
            }
        }
        millis.sort(null);
        return List.of(Figure.of(what + " p50", Stats.percentile(millis, 50), "ms"),
                Figure.of(what + " p95", Stats.percentile(millis, 95), "ms"),
                Figure.of(what + " max", Stats.max(millis), "ms"));
    }

    /**
     * Writes cases in batches of 1,000 with their history, two SLA targets (response 2 h, resolution 24 h) and, for
     * most closed cases, a rating. Outcomes: a case reported more than a day ago is closed (85 %) or still open;
     * targets met (80 %), met late, or breached (open cases); a recent open case's targets may still run.
     */
    private static final class Fill {

        private final JdbcTemplate jdbc;
        private final Random random;
        private final Instant now;
        private final String prefix;
        private final java.util.Map<Long, String[]> contractCodes = new java.util.HashMap<>();
        private final List<Object[]> pending = new ArrayList<>();
        private final List<Instant> reported = new ArrayList<>();
        private final List<String> statuses = new ArrayList<>();
        private int count;

        int cases;
        long targets;
        long events;
        long ratings;

        Fill(JdbcTemplate jdbc, Random random, Instant now) {
            this.jdbc = jdbc;
            this.random = random;
            this.now = now;
            this.prefix = "RB" + Integer.toString(random.nextInt(1 << 20), 36).toUpperCase() + "-";
            jdbc.query("select k.id, k.code, h.code from contract k join hospital h on h.id = k.hospital_id",
                    (java.sql.ResultSet row) -> {
                        contractCodes.put(row.getLong(1), new String[] {row.getString(2), row.getString(3)});
                    });
        }

        void add(long contract, Instant at) {
            boolean old = at.isBefore(now.minus(Duration.ofDays(1)));
            String status = old && random.nextInt(100) < 85 ? "CLOSED" : random.nextBoolean() ? "IN_PROGRESS" : "NEW";
            String priority = PRIORITIES[random.nextInt(PRIORITIES.length)];
            pending.add(new Object[] {String.format("%s%08d", prefix, count++), contract, "王护士", "收费处电子票据开具失败",
                    utc(at), utc(at), priority, status, "CLOSED".equals(status) ? "EXCELLENT" : null,
                    "CLOSED".equals(status) ? utc(at.plus(Duration.ofHours(30))) : null});
            reported.add(at);
            statuses.add(status);
            if (pending.size() == 1000) {
                flush();
            }
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            jdbc.batchUpdate("insert into support_case (version, number, contract_id, reporter_name, channel, category,"
                    + " summary, reported_at, registered_at, registered_by, priority, status, satisfaction, confirmed_at)"
                    + " values (0, ?, ?, ?, 'PHONE', 'FAULT', ?, ?, ?, 'bench', ?, ?, ?, ?)", pending);
            List<Long> ids = jdbc.queryForList("select id from support_case where number >= ? and number <= ?"
                    + " order by number", Long.class, pending.get(0)[0], pending.get(pending.size() - 1)[0]);
            List<Object[]> targetRows = new ArrayList<>();
            List<Object[]> eventRows = new ArrayList<>();
            List<Object[]> ratingRows = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                long id = ids.get(i);
                Instant at = reported.get(i);
                boolean closed = "CLOSED".equals(statuses.get(i));
                eventRows.add(new Object[] {id, utc(at), "REGISTERED", null, "NEW"});
                if (closed) {
                    eventRows.add(new Object[] {id, utc(at.plus(Duration.ofHours(6))), "RESOLVED", "IN_PROGRESS",
                            "RESOLVED"});
                    eventRows.add(new Object[] {id, utc(at.plus(Duration.ofHours(30))), "CLOSED", "RESOLVED", "CLOSED"});
                    if (random.nextInt(100) < 60) {
                        String[] codes = contractCodes.get((Long) pending.get(i)[1]);
                        ratingRows.add(new Object[] {id, pending.get(i)[0], codes[0], codes[1],
                                random.nextInt(10) < 7 ? "EXCELLENT" : random.nextBoolean() ? "GOOD" : "POOR",
                                utc(at.plus(Duration.ofHours(30)))});
                    }
                }
                targetRows.add(target(id, "RESPONSE", "2小时内响应", at, Duration.ofHours(2), closed));
                targetRows.add(target(id, "RESOLUTION", "24小时内解决", at, Duration.ofHours(24), closed));
            }
            jdbc.batchUpdate("insert into case_event (case_id, occurred_at, actor, type, from_status, to_status)"
                    + " values (?, ?, 'bench', ?, ?, ?)", eventRows);
            jdbc.batchUpdate("insert into case_sla_target (version, case_id, code, kind, description, clock,"
                    + " window_days, window_hours, duration_seconds, warning_ratio, started_at, due_at, status, met_at,"
                    + " breached_at, escalation_level, time_taken_seconds, created_at) values (0, ?, ?, ?, ?, 'ELAPSED',"
                    + " 'ALL_DAYS', '00:00-24:00', ?, 0.75, ?, ?, ?, ?, ?, ?, ?, ?)", targetRows);
            if (!ratingRows.isEmpty()) {
                jdbc.batchUpdate("insert into quality_satisfaction (case_id, case_number, contract_code, hospital_code,"
                        + " source, rating, given_by, given_at) values (?, ?, ?, ?, 'CONFIRMATION', ?, 'bench', ?)",
                        ratingRows);
            }
            cases += ids.size();
            targets += targetRows.size();
            events += eventRows.size();
            ratings += ratingRows.size();
            pending.clear();
            reported.clear();
            statuses.clear();
        }

        /** A target's row: met in time (80 %) or late for a closed case; breached or still running for an open one. */
        private Object[] target(long caseId, String kind, String description, Instant started, Duration duration,
                                boolean closed) {
            Instant due = started.plus(duration);
            String status;
            Instant met = null;
            Instant breached = null;
            int escalation = 0;
            if (closed) {
                boolean late = random.nextInt(100) >= 80;
                met = late ? due.plus(Duration.ofMinutes(1 + random.nextInt(600)))
                        : started.plus(Duration.ofSeconds((long) (random.nextDouble() * duration.toSeconds())));
                status = late ? "MET_LATE" : "MET";
                breached = late ? due : null;
                escalation = late ? 2 : 0;
            } else if (due.isBefore(now)) {
                status = "BREACHED";
                breached = due;
                escalation = 3;
            } else {
                status = "RUNNING";
            }
            return new Object[] {caseId, kind, kind, description, duration.toSeconds(), utc(started), utc(due), status,
                    utc(met), utc(breached), escalation,
                    met == null ? null : Duration.between(started, met).toSeconds(), utc(started)};
        }
    }

    /** Weibao keeps its times in UTC (hibernate.jdbc.time_zone). */
    private static LocalDateTime utc(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
