package com.weibao.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one entry point of the benchmarks ({@code ./mvnw -Pbench verify -Dbench=NAME[,NAME]}; "all" runs every one):
 * starts one Weibao ({@link BenchApp}), runs the named benchmarks on it one after the other and prints the machine,
 * the settings and a table of their figures. Never part of the test suite.
 */
public final class Benchmarks {

    /** Every benchmark by name; add new ones here. */
    static final Map<String, Benchmark> ALL = new LinkedHashMap<>();

    static {
        register(new EscalationBenchmark());
        register(new CaseIntakeBenchmark());
        register(new MailIntakeBenchmark());
        register(new SearchBenchmark());
        register(new ReportBenchmark());
    }

    private Benchmarks() {
    }

    static void register(Benchmark benchmark) {
        ALL.put(benchmark.name(), benchmark);
    }

    public static void main(String[] args) throws Exception {
        List<String> names = args.length == 0 || args[0].isBlank() || args[0].equals("all")
                ? new ArrayList<>(ALL.keySet()) : Arrays.stream(args[0].split(",")).map(String::strip).toList();
        for (String name : names) {
            if (!ALL.containsKey(name)) {
                System.err.println("No benchmark '" + name + "'; known: " + ALL.keySet());
                System.exit(2);
            }
        }
        List<String[]> rows = new ArrayList<>();
        try (BenchApp app = BenchApp.start()) {
            rows.add(row("resources", Benchmark.Figure.of("start-up to ready (in a running JVM)",
                    app.startup().toMillis() / 1e3, "s")));
            rows.add(row("resources", Benchmark.Figure.of("resident memory after start",
                    BenchApp.residentMemoryMiB(), "MiB")));
            for (String name : names) {
                Benchmark benchmark = ALL.get(name);
                System.out.println("== " + name + ": " + benchmark.description());
                for (Benchmark.Figure figure : benchmark.run(app)) {
                    rows.add(row(name, figure));
                }
                rows.add(row("resources", Benchmark.Figure.of("resident memory after " + name,
                        BenchApp.residentMemoryMiB(), "MiB")));
                rows.add(row("resources", Benchmark.Figure.of("database size after " + name,
                        app.databaseSizeMiB(), "MiB")));
            }
            System.out.println();
            app.settings().forEach(System.out::println);
            print(rows);
        }
        System.exit(0);
    }

    private static String[] row(String benchmark, Benchmark.Figure figure) {
        return new String[] {benchmark, figure.metric(), figure.value(), figure.unit()};
    }

    private static void print(List<String[]> rows) {
        String[] header = {"benchmark", "metric", "value", "unit"};
        int[] widths = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            widths[i] = header[i].length();
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder("\n");
        line(out, header, widths);
        StringBuilder rule = new StringBuilder();
        for (int width : widths) {
            rule.append("|").append("-".repeat(width + 2));
        }
        out.append(rule).append("|\n");
        rows.forEach(row -> line(out, row, widths));
        System.out.println(out);
    }

    private static void line(StringBuilder out, String[] cells, int[] widths) {
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i];
            out.append("| ").append(i == 2 ? " ".repeat(widths[i] - cell.length()) + cell
                    : cell + " ".repeat(widths[i] - cell.length())).append(' ');
        }
        out.append("|\n");
    }
}
