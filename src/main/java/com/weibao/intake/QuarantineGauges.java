package com.weibao.intake;

import com.weibao.cases.Channel;
import com.weibao.platform.metrics.GaugeSource;
import com.weibao.platform.metrics.GaugeTable;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code weibao_intake_quarantine_open{channel}}: what waits in the quarantine for a lead to reprocess or dismiss it
 * (status OPEN), per channel, every channel present (0 when none waits). Refusals at the door are counted by
 * {@link IntakeDoor} ({@code weibao_intake_refused_total}).
 */
@Component
class QuarantineGauges implements GaugeSource {

    private final EntityManager em;
    private final GaugeTable open;

    QuarantineGauges(EntityManager em, MeterRegistry registry) {
        this.em = em;
        this.open = GaugeTable.register(registry, "weibao.intake.quarantine.open",
                "quarantined intake waiting to be reprocessed or dismissed, per channel");
    }

    @Override
    @Transactional(readOnly = true)
    public void refresh() {
        Map<Tags, Long> rows = new HashMap<>();
        for (Channel channel : Channel.values()) {
            rows.put(Tags.of("channel", channel.name()), 0L);
        }
        em.createQuery("select q.channel, count(q) from QuarantinedItem q where q.status = :open "
                        + "group by q.channel", Object[].class)
                .setParameter("open", QuarantinedItem.Status.OPEN).getResultList()
                .forEach(row -> rows.put(Tags.of("channel", ((Channel) row[0]).name()), (Long) row[1]));
        open.publish(rows);
    }
}
