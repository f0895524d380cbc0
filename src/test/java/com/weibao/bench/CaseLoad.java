package com.weibao.bench;

import com.weibao.support.Http;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Cases created through the REST API ({@code POST /api/cases}, HTTP Basic as the hotline agent) by a number of
 * concurrent clients, each sending its next request as soon as the previous one is answered.
 */
final class CaseLoad {

    /** What came back: the created case numbers by request index, latencies (ms, ascending), failures. */
    record Result(Map<Integer, String> created, List<Double> latenciesMs, Duration elapsed,
                  int failed, List<String> failureSamples) {

        double perSecond() {
            return created.size() / Math.max(0.001, elapsed.toNanos() / 1e9);
        }
    }

    private CaseLoad() {
    }

    static Result post(BenchApp app, int count, int clients, IntFunction<Map<String, Object>> body)
            throws InterruptedException {
        Http http = new Http(app.port());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Map<Integer, String> created = new ConcurrentHashMap<>();
        List<Double> latencies = new CopyOnWriteArrayList<>();
        List<String> failures = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                List<Double> mine = new ArrayList<>();
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    try {
                        long sent = System.nanoTime();
                        Http.Response response = http.post(BenchApp.DESK_USER, "/api/cases", body.apply(i));
                        mine.add((System.nanoTime() - sent) / 1e6);
                        if (response.status() == 201) {
                            created.put(i, response.json().get("number").asText());
                        } else {
                            fail(failed, failures, "HTTP " + response.status() + ": " + response.text());
                        }
                    } catch (RuntimeException e) {
                        fail(failed, failures, e.toString());
                    }
                }
                latencies.addAll(mine);
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(6, TimeUnit.HOURS)) {
            throw new IllegalStateException("case load did not finish");
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(created, sorted, elapsed, failed.get(), List.copyOf(failures));
    }

    private static void fail(AtomicInteger failed, List<String> samples, String what) {
        if (failed.incrementAndGet() <= 3) {
            samples.add(what.length() > 300 ? what.substring(0, 300) + "…" : what);
            System.err.println("case request failed: " + what);
        }
    }

    /**
     * A fault report on one of the demo contracts, rotating over hospitals, systems and business impact (the
     * fault-level decision sets the priority, P2 to P4).
     */
    static Map<String, Object> demoCase(int i, String summary) {
        return faultReport(i, summary, new String[][] {{"e-invoice", "einvoice-app"},
                {"nanshan-report", "report-platform"}, {"queue-call", "queue-server"},
                {"fuscc-internet-hospital", "internet-hospital"}},
                new String[] {"PARTIAL_OUTAGE", "FUNCTION_IMPAIRED", "NO_BUSINESS_IMPACT"});
    }

    /**
     * An open case whose deadlines are a working day or more away (P3/P4 on contracts with elapsed or working-day
     * clocks): its SLA timers exist but do not fire while a benchmark runs.
     */
    static Map<String, Object> backlogCase(int i, String summary) {
        return faultReport(i, summary, new String[][] {{"nanshan-report", "report-platform"},
                {"queue-call", "queue-server"}}, new String[] {"FUNCTION_IMPAIRED", "NO_BUSINESS_IMPACT"});
    }

    private static Map<String, Object> faultReport(int i, String summary, String[][] systems, String[] impacts) {
        String[] system = systems[i % systems.length];
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("contract", system[0]);
        request.put("system", system[1]);
        request.put("reporter", Map.of("name", "王护士", "phone", "13800000000", "department", "门诊收费处"));
        request.put("channel", "PHONE");
        request.put("category", "FAULT");
        request.put("impact", impacts[(i / systems.length) % impacts.length]);
        request.put("summary", summary);
        request.put("description", "开票时报错：证书无效（基准测试 " + i + "）");
        return request;
    }
}
