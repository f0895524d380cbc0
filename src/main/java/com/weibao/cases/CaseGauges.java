package com.weibao.cases;

import com.weibao.contract.Priority;
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
 * {@code weibao_cases_open{contract, level, status}}: the open cases (every status of {@link CaseStatus#OPEN}) per
 * contract, fault level and status, one grouped count per refresh. A case without a contract yet counts under
 * contract {@code none}, one without a level under level {@code none}.
 */
@Component
class CaseGauges implements GaugeSource {

    static final String NONE = "none";

    private final EntityManager em;
    private final GaugeTable open;

    CaseGauges(EntityManager em, MeterRegistry registry) {
        this.em = em;
        this.open = GaugeTable.register(registry, "weibao.cases.open", "open cases per contract, level and status");
    }

    @Override
    @Transactional(readOnly = true)
    public void refresh() {
        Map<Tags, Long> rows = new HashMap<>();
        em.createQuery("select co.code, c.priority, c.status, count(c) from SupportCase c left join c.contract co "
                        + "where c.status in :open group by co.code, c.priority, c.status", Object[].class)
                .setParameter("open", CaseStatus.OPEN).getResultList()
                .forEach(row -> rows.put(Tags.of("contract", row[0] == null ? NONE : (String) row[0],
                        "level", row[1] == null ? NONE : ((Priority) row[1]).name(),
                        "status", ((CaseStatus) row[2]).name()), (Long) row[3]));
        open.publish(rows);
    }
}
