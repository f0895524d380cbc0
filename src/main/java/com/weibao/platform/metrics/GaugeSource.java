package com.weibao.platform.metrics;

/** A module's gauges, recomputed from its tables by {@link GaugeRefresh} (never per scrape). */
public interface GaugeSource {

    /** Recomputes and publishes the module's figures; runs without a user, in the refresh's thread. */
    void refresh();
}
