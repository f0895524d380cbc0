/**
 * Weibao's own gauges for Prometheus: each feature module computes its figures from its own tables in a
 * {@link com.weibao.platform.metrics.GaugeSource} and publishes them as a {@link com.weibao.platform.metrics.GaugeTable};
 * {@link com.weibao.platform.metrics.GaugeRefresh} recomputes them all every {@code weibao.metrics.refresh} (default
 * 30 s), so a scrape only reads the last figures and never queries the database.
 */
@NamedInterface("metrics")
package com.weibao.platform.metrics;

import org.springframework.modulith.NamedInterface;
