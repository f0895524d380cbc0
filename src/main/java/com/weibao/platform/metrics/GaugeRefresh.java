package com.weibao.platform.metrics;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Recomputes every module's gauges every {@code weibao.metrics.refresh} (default 30 s): a few grouped counts each,
 * whatever the number of scrapes. A source that fails keeps its last figures and is logged; the others go on.
 */
@Component
public class GaugeRefresh {

    private static final Logger log = LoggerFactory.getLogger(GaugeRefresh.class);

    private final List<GaugeSource> sources;

    GaugeRefresh(List<GaugeSource> sources) {
        this.sources = sources;
    }

    @Scheduled(fixedDelayString = "${weibao.metrics.refresh:PT30S}", initialDelayString = "${weibao.metrics.first-refresh:PT20S}")
    public void refreshNow() {
        for (GaugeSource source : sources) {
            try {
                source.refresh();
            } catch (RuntimeException e) {
                log.warn("gauges of {} not refreshed: {}", source.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
