package com.weibao.sla;

import com.weibao.cases.SlaTargetStatus;
import com.weibao.contract.Priority;
import com.weibao.platform.metrics.GaugeSource;
import com.weibao.platform.metrics.GaugeTable;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA gauges, per contract and the case's fault level, recomputed by the platform's refresh:
 * <ul>
 *   <li>{@code weibao_sla_targets{contract, level, status}}: open targets, RUNNING, PAUSED or BREACHED (past due and
 *   still open, escalating);</li>
 *   <li>{@code weibao_sla_targets_due_soon{contract, level}}: running targets due within the next hour, not yet
 *   breached;</li>
 *   <li>{@code weibao_sla_breaches_today{contract, level}}: targets that breached today (Asia/Shanghai), whether
 *   still open or met late since.</li>
 * </ul>
 * And {@code weibao_sla_escalation_steps_total{step}}, counted as each watcher step fires (warning, lead, manager,
 * hospital).
 */
@Component
class SlaGauges implements GaugeSource {

    static final Duration DUE_SOON = Duration.ofHours(1);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String NONE = "none";
    private static final List<SlaTargetStatus> OPEN =
            List.of(SlaTargetStatus.RUNNING, SlaTargetStatus.PAUSED, SlaTargetStatus.BREACHED);

    private final EntityManager em;
    private final Clock clock;
    private final GaugeTable targets;
    private final GaugeTable dueSoon;
    private final GaugeTable breachesToday;
    private final Map<Integer, Counter> steps = new HashMap<>();

    SlaGauges(EntityManager em, Clock clock, MeterRegistry registry) {
        this.em = em;
        this.clock = clock;
        this.targets = GaugeTable.register(registry, "weibao.sla.targets",
                "open SLA targets per contract, level and status (RUNNING, PAUSED, BREACHED)");
        this.dueSoon = GaugeTable.register(registry, "weibao.sla.targets.due.soon",
                "running SLA targets due within the next hour");
        this.breachesToday = GaugeTable.register(registry, "weibao.sla.breaches.today",
                "SLA targets breached today (Asia/Shanghai)");
        stepCounter(registry, CaseSlaTarget.WARNED, "warning");
        stepCounter(registry, CaseSlaTarget.LEAD, "lead");
        stepCounter(registry, CaseSlaTarget.MANAGER, "manager");
        stepCounter(registry, CaseSlaTarget.HOSPITAL, "hospital");
    }

    private void stepCounter(MeterRegistry registry, int step, String name) {
        steps.put(step, Counter.builder("weibao.sla.escalation.steps").tag("step", name)
                .description("SLA watcher steps fired: warning at 75 %, escalation to lead, manager, hospital")
                .register(registry));
    }

    @EventListener
    void stepFired(SlaStepFired fired) {
        Counter counter = steps.get(fired.step());
        if (counter != null) {
            counter.increment();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public void refresh() {
        Instant now = clock.instant();
        Instant startOfDay = LocalDate.ofInstant(now, CHINA).atStartOfDay(CHINA).toInstant();

        Map<Tags, Long> open = new HashMap<>();
        query("select co.code, c.priority, t.status, count(t) from CaseSlaTarget t, com.weibao.cases.SupportCase c "
                + "left join c.contract co where c.id = t.caseId and t.status in :open "
                + "group by co.code, c.priority, t.status")
                .setParameter("open", OPEN).getResultList()
                .forEach(row -> open.put(tags(row).and("status", ((SlaTargetStatus) row[2]).name()), (Long) row[3]));
        targets.publish(open);

        Map<Tags, Long> soon = new HashMap<>();
        query("select co.code, c.priority, count(t) from CaseSlaTarget t, com.weibao.cases.SupportCase c "
                + "left join c.contract co where c.id = t.caseId and t.status = :running "
                + "and t.dueAt >= :now and t.dueAt < :soon group by co.code, c.priority")
                .setParameter("running", SlaTargetStatus.RUNNING).setParameter("now", now)
                .setParameter("soon", now.plus(DUE_SOON)).getResultList()
                .forEach(row -> soon.put(tags(row), (Long) row[2]));
        dueSoon.publish(soon);

        Map<Tags, Long> breached = new HashMap<>();
        query("select co.code, c.priority, count(t) from CaseSlaTarget t, com.weibao.cases.SupportCase c "
                + "left join c.contract co where c.id = t.caseId and t.breachedAt >= :startOfDay "
                + "group by co.code, c.priority")
                .setParameter("startOfDay", startOfDay).getResultList()
                .forEach(row -> breached.put(tags(row), (Long) row[2]));
        breachesToday.publish(breached);
    }

    private jakarta.persistence.TypedQuery<Object[]> query(String jpql) {
        return em.createQuery(jpql, Object[].class);
    }

    private static Tags tags(Object[] row) {
        return Tags.of("contract", row[0] == null ? NONE : (String) row[0],
                "level", row[1] == null ? NONE : ((Priority) row[1]).name());
    }
}
