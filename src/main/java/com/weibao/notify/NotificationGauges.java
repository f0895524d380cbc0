package com.weibao.notify;

import com.weibao.platform.metrics.GaugeSource;
import com.weibao.platform.metrics.GaugeTable;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code weibao_notifications{channel, status}}: the outbox's backlog, PENDING (waiting for a first or another
 * attempt), SENDING and FAILED (given up, waiting for a supervisor's retry), per channel; every combination present
 * (0 when empty).
 */
@Component
class NotificationGauges implements GaugeSource {

    private static final List<NotificationStatus> BACKLOG =
            List.of(NotificationStatus.PENDING, NotificationStatus.SENDING, NotificationStatus.FAILED);

    private final EntityManager em;
    private final GaugeTable backlog;

    NotificationGauges(EntityManager em, MeterRegistry registry) {
        this.em = em;
        this.backlog = GaugeTable.register(registry, "weibao.notifications",
                "outbox notifications pending, being sent or failed, per channel");
    }

    @Override
    @Transactional(readOnly = true)
    public void refresh() {
        Map<Tags, Long> rows = new HashMap<>();
        for (ChannelType channel : ChannelType.values()) {
            for (NotificationStatus status : BACKLOG) {
                rows.put(Tags.of("channel", channel.name(), "status", status.name()), 0L);
            }
        }
        em.createQuery("select n.channel, n.status, count(n) from Notification n where n.status in :backlog "
                        + "group by n.channel, n.status", Object[].class)
                .setParameter("backlog", BACKLOG).getResultList()
                .forEach(row -> rows.put(Tags.of("channel", row[0] == null ? "none" : ((ChannelType) row[0]).name(),
                        "status", ((NotificationStatus) row[1]).name()), (Long) row[2]));
        backlog.publish(rows);
    }
}
