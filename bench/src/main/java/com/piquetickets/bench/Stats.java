package com.piquetickets.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

final class Stats {

    private Stats() {
    }

    /** Nearest-rank percentile; NaN for no values. */
    static double percentile(Collection<? extends Number> values, double percent) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values.stream().map(Number::doubleValue).sorted().toList());
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
