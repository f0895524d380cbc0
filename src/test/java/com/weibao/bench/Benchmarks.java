package com.weibao.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one entry point of the benchmarks ({@code ./mvnw -Pbench verify -Dbench=NAME[,NAME]}; "all" runs every one):
 * runs the named benchmarks one after the other and prints a table of their figures. Never part of the test suite.
 */
public final class Benchmarks {

    /** Every benchmark by name; add new ones here. */
    static final Map<String, Benchmark> ALL = new LinkedHashMap<>();

    static {
        register(new MailIntakeBenchmark());
    }

    private Benchmarks() {
    }

    static void register(Benchmark benchmark) {
        ALL.put(benchmark.name(), benchmark);
    }

    public static void main(String[] args) throws Exception {
        List<String> names = args.length == 0 || args[0].isBlank() || args[0].equals("all")
                ? new ArrayList<>(ALL.keySet()) : Arrays.stream(args[0].split(",")).map(String::strip).toList();
        List<String[]> rows = new ArrayList<>();
        for (String name : names) {
            Benchmark benchmark = ALL.get(name);
            if (benchmark == null) {
                System.err.println("No benchmark '" + name + "'; known: " + ALL.keySet());
                System.exit(2);
            }
            System.out.println("== " + name + ": " + benchmark.description());
            for (Benchmark.Figure figure : benchmark.run()) {
                rows.add(new String[] {name, figure.metric(), figure.value(), figure.unit()});
            }
        }
        print(rows);
        System.exit(0);
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
