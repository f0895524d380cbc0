package com.weibao.bench;

import java.util.List;

/** Order statistics of measured values. */
final class Stats {

    private Stats() {
    }

    /** The p-th percentile (nearest rank) of ascending values; 0 for none. */
    static double percentile(List<? extends Number> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))).doubleValue();
    }

    static double max(List<? extends Number> sorted) {
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1).doubleValue();
    }
}
