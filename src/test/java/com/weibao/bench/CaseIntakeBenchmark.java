package com.weibao.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * N cases (-Dbench.cases, default 10,000) created through the REST API by C concurrent clients (-Dbench.clients,
 * default 8): cases per second and latency percentiles. Then as many instances of a bare process (start, one user
 * task, end) started through the engine's Java API by as many threads on the same engine and database, and the
 * ratio of the two rates: what Weibao's case intake costs on top of the engine it runs on. Both are preceded by an
 * unmeasured warm-up: cases in batches of 500 until the JIT compiler has used less than 5 % of a batch's time (at most
 * -Dbench.warmup cases, default 10,000), because on 2 cores a fresh JVM spends about a core compiling for minutes and
 * intake figures taken then measure the compiler; then -Dbench.warmup-bare (default 1,000) bare instances.
 */
class CaseIntakeBenchmark implements Benchmark {

    static final String BARE_PROCESS = "BenchBareProcess";

    @Override
    public String name() {
        return "case-intake";
    }

    @Override
    public String description() {
        return cases() + " cases via POST /api/cases, " + clients() + " clients; the same number of bare one-user-task "
                + "instances via RuntimeService";
    }

    private static int cases() {
        return Integer.getInteger("bench.cases", 10_000);
    }

    private static int clients() {
        return Integer.getInteger("bench.clients", 8);
    }

    @Override
    public List<Figure> run(BenchApp app) throws Exception {
        int count = cases();
        int clients = clients();
        int maxWarmup = Integer.getInteger("bench.warmup", 10_000);
        String run = "intake-" + UUID.randomUUID().toString().substring(0, 8);

        int warmup = warmUp(app, maxWarmup, clients, run);
        long compilingBefore = compilationMillis();
        long openBefore = app.openCases();
        Cpu intakeStart = Cpu.now();
        CaseLoad.Result result = CaseLoad.post(app, count, clients, i -> CaseLoad.demoCase(i, run + "-" + i));
        Cpu intakeEnd = Cpu.now();
        long compilingDuring = compilationMillis() - compilingBefore;
        long stored = app.jdbc().queryForObject("select count(*) from support_case where summary like ?", Long.class,
                run + "-%") - warmup;
        System.out.printf("case intake: %d cases in %.1f s%n", result.created().size(), result.elapsed().toMillis() / 1e3);

        deployBareProcess(app);
        startBare(app, Integer.getInteger("bench.warmup-bare", 1_000), clients);
        Cpu bareStart = Cpu.now();
        Duration bare = startBare(app, count, clients);
        Cpu bareEnd = Cpu.now();
        double bareRate = count / (bare.toNanos() / 1e9);
        System.out.printf("bare engine: %d instances in %.1f s%n", count, bare.toMillis() / 1e3);

        List<Double> latencies = result.latenciesMs();
        List<Figure> figures = new ArrayList<>(List.of(
                Figure.of("warm-up (until the JIT compiler is quiet)", warmup, "cases"),
                Figure.of("JIT compilation while measuring", compilingDuring / 1e3, "s"),
                Figure.of("open cases before", openBefore, "cases"),
                Figure.of("cases created (201)", result.created().size(), "cases"),
                Figure.of("cases stored", stored, "cases"),
                Figure.of("failed requests", result.failed(), "requests"),
                Figure.of("case intake", result.perSecond(), "cases/s"),
                Figure.of("latency p50", Stats.percentile(latencies, 50), "ms"),
                Figure.of("latency p95", Stats.percentile(latencies, 95), "ms"),
                Figure.of("latency p99", Stats.percentile(latencies, 99), "ms"),
                Figure.of("latency max", Stats.max(latencies), "ms"),
                Figure.of("bare engine (one user task, Java API)", bareRate, "instances/s"),
                new Figure("ratio case intake / bare engine", String.format("%.2f", result.perSecond() / bareRate), ""),
                Figure.of("CPU per case, JVM (Weibao + clients)",
                        CpuTime.millisPer(intakeStart.jvm(), intakeEnd.jvm(), count), "ms"),
                Figure.of("CPU per bare instance, JVM", CpuTime.millisPer(bareStart.jvm(), bareEnd.jvm(), count), "ms")));
        if (intakeStart.database() >= 0 && bareEnd.database() >= 0) {
            figures.add(Figure.of("CPU per case, database server",
                    CpuTime.millisPer(intakeStart.database(), intakeEnd.database(), count), "ms"));
            figures.add(Figure.of("CPU per bare instance, database server",
                    CpuTime.millisPer(bareStart.database(), bareEnd.database(), count), "ms"));
        }
        return figures;
    }

    /** Posts warm-up cases in batches until compiling takes under 5 % of a batch's time; returns how many. */
    private static int warmUp(BenchApp app, int max, int clients, String run) throws InterruptedException {
        int batch = 500;
        int done = 0;
        while (done < max) {
            int first = done;
            int size = Math.min(batch, max - done);
            long compiling = compilationMillis();
            long started = System.nanoTime();
            CaseLoad.post(app, size, clients, i -> CaseLoad.demoCase(first + i, run + "-warmup-" + (first + i)));
            done += size;
            double share = (compilationMillis() - compiling) / ((System.nanoTime() - started) / 1e6);
            System.out.printf("warm-up: %d cases, JIT compiling %.0f %% of the last batch%n", done, share * 100);
            if (share < 0.05) {
                break;
            }
        }
        return done;
    }

    /** Milliseconds the JIT compiler threads have spent compiling in this JVM. */
    private static long compilationMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    /** CPU used so far by this JVM and by the benchmark's database server if local (else -1), in nanoseconds. */
    private record Cpu(long jvm, long database) {

        static Cpu now() {
            return new Cpu(CpuTime.jvm(),
                    BenchApp.databaseServerIsLocal() ? CpuTime.databaseServer().orElse(-1) : -1);
        }
    }

    private static void deployBareProcess(BenchApp app) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(BARE_PROCESS).name("Benchmark: one user task")
                .camundaHistoryTimeToLive(1)
                .startEvent("StartEvent_Started")
                .userTask("Task_DoSomething").name("Do something")
                .endEvent("EndEvent_Done")
                .done();
        app.bean(RepositoryService.class).createDeployment().name("benchmark").enableDuplicateFiltering(true)
                .addModelInstance(BARE_PROCESS + ".bpmn", model).deploy();
    }

    private static Duration startBare(BenchApp app, int count, int threads) throws InterruptedException {
        RuntimeService runtime = app.bean(RuntimeService.class);
        AtomicInteger next = new AtomicInteger();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    try {
                        runtime.startProcessInstanceByKey(BARE_PROCESS, "bare-" + UUID.randomUUID());
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(6, TimeUnit.HOURS);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " bare instances failed to start", failures.get(0));
        }
        return elapsed;
    }
}
