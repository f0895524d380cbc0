package com.weibao.bench;

import java.util.List;

/**
 * One benchmark: a named measurement that prints figures, never a pass/fail test. Register it in
 * {@link Benchmarks#ALL}; parameters come from system properties (e.g. -Dbench.mails=2000).
 */
public interface Benchmark {

    String name();

    String description();

    /** Runs against the one Weibao started for this benchmark run; returns the figures to print. */
    List<Figure> run(BenchApp app) throws Exception;

    /** One measured figure: what, how much, in which unit. */
    record Figure(String metric, String value, String unit) {

        public static Figure of(String metric, double value, String unit) {
            return new Figure(metric, value == Math.rint(value) && Math.abs(value) < 1e15
                    ? String.valueOf((long) value) : String.format("%.1f", value), unit);
        }
    }
}
