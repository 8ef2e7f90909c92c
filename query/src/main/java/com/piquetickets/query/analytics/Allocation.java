package com.piquetickets.query.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an order's amount (its fees, a refund) over its ticket types in proportion to what each type's seats cost,
 * to the cent, so that the parts always add up to the whole: the rounding remainder goes to the last part.
 */
final class Allocation {

    private Allocation() {
    }

    static List<BigDecimal> split(BigDecimal total, List<BigDecimal> weights) {
        List<BigDecimal> parts = new ArrayList<>(weights.size());
        BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < weights.size(); i++) {
            BigDecimal part;
            if (sum.signum() == 0) {
                part = i == 0 ? total : BigDecimal.ZERO; // nothing to weigh by: the first type takes it all
            } else if (i == weights.size() - 1) {
                part = total.subtract(given);
            } else {
                part = total.multiply(weights.get(i)).divide(sum, 2, RoundingMode.HALF_EVEN);
            }
            given = given.add(part);
            parts.add(part.setScale(2, RoundingMode.HALF_EVEN));
        }
        return parts;
    }
}
