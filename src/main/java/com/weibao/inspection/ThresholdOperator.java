package com.weibao.inspection;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** How a measured value must compare to an item's limit to pass, e.g. usage {@code < 90}. */
public enum ThresholdOperator {
    LT("<", "<"),
    LE("<=", "≤"),
    GT(">", ">"),
    GE(">=", "≥");

    private final String symbol;
    private final String display;

    ThresholdOperator(String symbol, String display) {
        this.symbol = symbol;
        this.display = display;
    }

    /** As written in plan files: "<=". */
    public String symbol() {
        return symbol;
    }

    /** As shown to people: "≤". */
    public String display() {
        return display;
    }

    /** True when the value meets the threshold (passes). */
    public boolean accepts(BigDecimal value, BigDecimal limit) {
        int c = value.compareTo(limit);
        return switch (this) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }

    public static Optional<ThresholdOperator> ofSymbol(String symbol) {
        return Arrays.stream(values()).filter(o -> o.symbol.equals(symbol)).findFirst();
    }
}
