package com.weibao.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One gauge name with a row per combination of tags (e.g. per contract, level and status), replaced as a whole by
 * {@link #publish}: a combination no longer counted disappears instead of keeping its last value.
 */
public final class GaugeTable {

    private final MultiGauge gauge;

    private GaugeTable(MultiGauge gauge) {
        this.gauge = gauge;
    }

    public static GaugeTable register(MeterRegistry registry, String name, String description) {
        return new GaugeTable(MultiGauge.builder(name).description(description).register(registry));
    }

    /** The figures now, one per combination of tags. */
    public void publish(Map<Tags, ? extends Number> rows) {
        List<MultiGauge.Row<?>> gaugeRows = new ArrayList<>(rows.size());
        rows.forEach((tags, value) -> gaugeRows.add(MultiGauge.Row.of(tags, value.doubleValue())));
        gauge.register(gaugeRows, true);
    }
}
