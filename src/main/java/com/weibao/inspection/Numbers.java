package com.weibao.inspection;

import java.math.BigDecimal;

/** Measured values as people write them: 93, 87.5, never 93.0000. */
final class Numbers {

    private Numbers() {
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
