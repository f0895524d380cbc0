package com.weibao.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The limit a measured value must keep, e.g. {@code < 90} (percent). */
@Embeddable
public class Threshold {

    private static final Pattern TEXT = Pattern.compile("^\\s*(<=|>=|<|>)\\s*(-?\\d+(?:\\.\\d+)?)\\s*$");

    @Enumerated(EnumType.STRING)
    @Column(name = "threshold_operator", length = 2)
    private ThresholdOperator operator;

    @Column(name = "threshold_limit", precision = 18, scale = 4)
    private BigDecimal limit;

    protected Threshold() {
    }

    public Threshold(ThresholdOperator operator, BigDecimal limit) {
        this.operator = Objects.requireNonNull(operator);
        this.limit = Objects.requireNonNull(limit);
    }

    /** Reads "&lt; 90", "&lt;= 24", "&gt;= 1"; throws IllegalArgumentException naming the text otherwise. */
    public static Threshold parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a threshold like '< 90', '<= 24' or '>= 1'");
        }
        return new Threshold(ThresholdOperator.ofSymbol(m.group(1)).orElseThrow(), new BigDecimal(m.group(2)));
    }

    public boolean accepts(BigDecimal value) {
        return operator.accepts(value, limit);
    }

    public ThresholdOperator getOperator() { return operator; }
    public BigDecimal getLimit() { return limit; }

    /** "&lt; 90 %" */
    public String describe(String unit) {
        return operator.display() + " " + Numbers.plain(limit) + (unit == null || unit.isBlank() ? "" : " " + unit);
    }

    @Override
    public String toString() {
        return describe(null);
    }
}
