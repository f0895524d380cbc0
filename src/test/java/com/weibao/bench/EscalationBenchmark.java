package com.weibao.bench;

import com.weibao.sla.CaseSlaTarget;
import com.weibao.sla.SlaStepFired;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;

/**
 * Escalation accuracy as the number of open cases grows. For each level of -Dbench.open (default
 * 1000,10000,100000) the backlog is topped up to that many open cases (each with its real SLA timers, due a working
 * day or more later), then E cases (-Dbench.escalations, default 1000) are created whose first escalation step,
 * the warning at 75 % of a one-hour response time, falls due within one minute, starting -Dbench.lead (default
 * PT90S) after the first of them is created. Lateness is the time from due to the step having run (its history
 * entry written); every step must run exactly once. Last, a single warning due -Dbench.idle (default PT10M) later on
 * a node left idle until then (PT0S skips it).
 */
class EscalationBenchmark implements Benchmark {

    private static final String CONTRACT = "nanshan-report";
    private static final Duration WARNING_AFTER = Duration.ofMinutes(45);
    private static final Duration WINDOW = Duration.ofMinutes(1);
    /** How long after its due time a step that has not run counts as missed. */
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(2);

    @Override
    public String name() {
        return "escalation";
    }

    @Override
    public String description() {
        return escalations() + " escalations due within one minute, with " + levels() + " open cases; one timer on "
                + "a node idle for " + idle();
    }

    private static List<Integer> levels() {
        return Arrays.stream(System.getProperty("bench.open", "1000,10000,100000").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf).sorted().toList();
    }

    private static int escalations() {
        return Integer.getInteger("bench.escalations", 1000);
    }

    private static Duration idle() {
        return Duration.parse(System.getProperty("bench.idle", "PT10M"));
    }

    @Override
    public List<Figure> run(BenchApp app) throws Exception {
        Map<Long, SlaStepFired> warnings = new ConcurrentHashMap<>();
        // checked by hand: Spring Modulith's event multicaster does not skip lambda listeners of another payload type
        app.context().addApplicationListener((ApplicationListener<ApplicationEvent>) e -> {
            if (e instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof SlaStepFired fired
                    && fired.step() == CaseSlaTarget.WARNED) {
                // a step whose transaction rolled back and ran again is published twice: the last one committed
                warnings.put(fired.caseId(), fired);
            }
        });
        String run = "esc-" + UUID.randomUUID().toString().substring(0, 8);
        int clients = Integer.getInteger("bench.clients", 8);
        List<Figure> figures = new ArrayList<>();
        for (int level : levels()) {
            long open = app.openCases();
            if (open < level) {
                int missing = (int) (level - open);
                CaseLoad.Result backlog = CaseLoad.post(app, missing, clients,
                        i -> CaseLoad.backlogCase(i, run + "-backlog-" + level + "-" + i));
                System.out.printf("backlog: %d cases in %.1f s (%.1f/s, %d failed)%n", backlog.created().size(),
                        backlog.elapsed().toMillis() / 1e3, backlog.perSecond(), backlog.failed());
                figures.add(Figure.of("[" + level + "] backlog top-up rate (REST, " + clients + " clients)",
                        backlog.perSecond(), "cases/s"));
            }
            figures.addAll(burst(app, warnings, run + "-burst-" + level, "[" + level + "] ", clients));
        }
        Duration idle = idle();
        if (!idle.isZero()) {
            figures.addAll(idleTimer(app, warnings, run + "-idle", idle));
        }
        return figures;
    }

    private List<Figure> burst(BenchApp app, Map<Long, SlaStepFired> warnings, String prefix, String label,
                               int clients) throws InterruptedException {
        int count = escalations();
        Duration lead = Duration.parse(System.getProperty("bench.lead", "PT90S"));
        Instant firstDue = Instant.now().plus(lead).truncatedTo(ChronoUnit.SECONDS);
        Instant[] due = new Instant[count];
        for (int i = 0; i < count; i++) {
            // whole seconds: MySQL keeps no fractions (sendFractionalSeconds=false), so neither do the deadlines
            due[i] = firstDue.plusMillis(WINDOW.toMillis() * i / count).truncatedTo(ChronoUnit.SECONDS);
        }
        long openCases = app.openCases();
        long jobs = app.jdbc().queryForObject("select count(*) from ACT_RU_JOB", Long.class);
        long timers = app.jdbc().queryForObject("select count(*) from ACT_RU_JOB where TYPE_ = 'timer'", Long.class);
        CaseLoad.Result created = CaseLoad.post(app, count, clients, i -> dueCase(i, prefix, due[i]));
        System.out.printf("%s%d escalation cases created in %.1f s; first due %s%n", label, created.created().size(),
                created.elapsed().toMillis() / 1e3, firstDue);

        // a case registered after its step was due has its step run at once: not a timer's lateness, left out
        Map<Long, Instant> dueByCase = new LinkedHashMap<>();
        app.jdbc().query("select id, summary, registered_at from support_case where summary like ?", row -> {
            int index = Integer.parseInt(row.getString("summary").substring(prefix.length() + 1));
            if (BenchApp.utc(row, "registered_at").isBefore(due[index])) {
                dueByCase.put(row.getLong("id"), due[index]);
            }
        }, prefix + "-%");
        int registeredLate = created.created().size() - dueByCase.size();
        Instant lastDue = due[count - 1];
        Instant giveUp = lastDue.plus(GIVE_UP_AFTER);
        while (Instant.now().isBefore(giveUp) && !warnings.keySet().containsAll(dueByCase.keySet())) {
            Thread.sleep(200);
        }
        Thread.sleep(2000); // a step that runs twice would show up in the history a moment later

        List<Double> lateness = new ArrayList<>();
        for (Map.Entry<Long, Instant> entry : dueByCase.entrySet()) {
            SlaStepFired fired = warnings.get(entry.getKey());
            if (fired != null) {
                lateness.add(Duration.between(fired.plannedAt(), fired.firedAt()).toNanos() / 1e6);
                if (!fired.plannedAt().equals(entry.getValue())) {
                    throw new IllegalStateException("case " + entry.getKey() + " was due " + entry.getValue()
                            + " but its warning was planned for " + fired.plannedAt());
                }
            }
        }
        Collections.sort(lateness);
        Map<Long, Long> historyEntries = new LinkedHashMap<>();
        app.jdbc().query("select case_id, count(*) from case_event where type = 'SLA_WARNING' and case_id in "
                        + "(select id from support_case where summary like ?) group by case_id",
                row -> {
                    historyEntries.put(row.getLong(1), row.getLong(2));
                }, prefix + "-%");
        long missed = dueByCase.keySet().stream().filter(id -> !historyEntries.containsKey(id)).count();
        long ran = dueByCase.keySet().stream().filter(historyEntries::containsKey).count();
        long twice = historyEntries.values().stream().filter(n -> n > 1).count();
        return List.of(
                Figure.of(label + "open cases", openCases, "cases"),
                Figure.of(label + "engine jobs", jobs, "jobs"),
                Figure.of(label + "of them timers", timers, "jobs"),
                Figure.of(label + "escalations scheduled", dueByCase.size(), "steps"),
                Figure.of(label + "left out: case registered after due", registeredLate, "cases"),
                Figure.of(label + "escalations created in", created.elapsed().toMillis() / 1e3, "s"),
                Figure.of(label + "escalations run", ran, "steps"),
                Figure.of(label + "escalations missed", missed, "steps"),
                Figure.of(label + "escalations run twice", twice, "steps"),
                Figure.of(label + "lateness p50", Stats.percentile(lateness, 50), "ms"),
                Figure.of(label + "lateness p99", Stats.percentile(lateness, 99), "ms"),
                Figure.of(label + "lateness max", Stats.max(lateness), "ms"));
    }

    private List<Figure> idleTimer(BenchApp app, Map<Long, SlaStepFired> warnings, String prefix, Duration idle)
            throws InterruptedException {
        Instant due = Instant.now().plus(idle).truncatedTo(ChronoUnit.SECONDS);
        CaseLoad.Result created = CaseLoad.post(app, 1, 1, i -> dueCase(i, prefix, due));
        if (created.created().isEmpty()) {
            throw new IllegalStateException("the idle-timer case was not created: " + created.failureSamples());
        }
        long caseId = app.jdbc().queryForObject("select id from support_case where summary = ?", Long.class,
                prefix + "-0");
        System.out.printf("idle timer: due %s; the node stays idle until then%n", due);
        Instant giveUp = due.plus(GIVE_UP_AFTER);
        while (Instant.now().isBefore(giveUp) && !warnings.containsKey(caseId)) {
            Thread.sleep(100);
        }
        SlaStepFired fired = warnings.get(caseId);
        return List.of(
                Figure.of("idle node: idle for", idle.toSeconds(), "s"),
                fired == null ? new Figure("idle node: timer lateness", "missed", "")
                        : Figure.of("idle node: timer lateness",
                                Duration.between(fired.plannedAt(), fired.firedAt()).toNanos() / 1e6, "ms"));
    }

    /** A P1 fault on a contract with a one-hour response time counted on the clock, reported so that the warning
     * (75 %, 45 minutes after the report) is due at the given instant. */
    private static Map<String, Object> dueCase(int i, String prefix, Instant warningDue) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("contract", CONTRACT);
        request.put("system", "report-platform");
        request.put("reporter", Map.of("name", "值班医生", "phone", "13900000000", "department", "急诊科"));
        request.put("channel", "PHONE");
        request.put("category", "FAULT");
        request.put("impact", "SYSTEM_DOWN");
        request.put("priority", "P1");
        request.put("summary", prefix + "-" + i);
        request.put("description", "报表平台无法访问（基准测试）");
        request.put("reportedAt", warningDue.minus(WARNING_AFTER).toString());
        return request;
    }
}
