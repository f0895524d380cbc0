package com.weibao.cases;

import com.weibao.contract.Priority;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only facts for a contract's period report: every case of the contract that matters for [from, to) — reported
 * in it, or reported before and still open at its start, or changed in it — with its history. Callers check the
 * caller's right to the contract first; this reads no more than one contract's cases. For the supervisor dashboard,
 * the open cases of contracts counted in the database.
 */
@Service
@Transactional(readOnly = true)
public class CaseReportQueries {

    private static final int CHUNK = 1000;

    private final EntityManager em;

    CaseReportQueries(EntityManager em) {
        this.em = em;
    }

    public List<CaseFacts> casesOf(String contractCode, Instant from, Instant to) {
        List<SupportCase> found = em.createQuery("select c from SupportCase c left join fetch c.system "
                        + "where c.contract.code = :code and c.reportedAt < :to and (c.status in :open "
                        + "or c.reportedAt >= :from or exists (select e.id from CaseEvent e "
                        + "where e.supportCase = c and e.occurredAt >= :from)) order by c.reportedAt, c.id",
                SupportCase.class)
                .setParameter("code", contractCode).setParameter("from", from).setParameter("to", to)
                .setParameter("open", CaseStatus.OPEN)
                .getResultList();
        Map<Long, List<CaseFacts.Change>> changes = new HashMap<>();
        List<Long> ids = found.stream().map(SupportCase::getId).toList();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            List<Object[]> rows = em.createQuery("select e.supportCase.id, e.occurredAt, e.type, e.toStatus "
                            + "from CaseEvent e where e.supportCase.id in :ids order by e.occurredAt, e.id", Object[].class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK))).getResultList();
            for (Object[] r : rows) {
                changes.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                        .add(new CaseFacts.Change((Instant) r[1], (CaseEventType) r[2], (CaseStatus) r[3]));
            }
        }
        return found.stream().map(c -> new CaseFacts(c.getId(), c.getNumber(), c.getPriority(), c.getCategory(),
                c.getChannel(), c.getSystem() == null ? null : c.getSystem().getCode(),
                c.getSystem() == null ? null : c.getSystem().getName(), c.getFaultType(), c.getReportedAt(),
                c.getStatus(), c.getSatisfaction(), c.getConfirmedAt(),
                List.copyOf(changes.getOrDefault(c.getId(), List.of())))).toList();
    }

    /**
     * The open cases (every status of {@link CaseStatus#OPEN}) of one fault level (null: not triaged yet), counted
     * by age since they were reported: {@code byAge.get(i)} is the count in the i-th band of the bands the caller
     * gave, the last band open-ended.
     */
    public record OpenByAge(Priority level, List<Long> byAge) {
    }

    /**
     * The contracts' open cases per level and age band; {@code bands} are the bands' upper ages, ascending (1 day,
     * 3 days → under 1 day, 1–3 days, 3 days and more). One grouped count.
     */
    public List<OpenByAge> openByLevelAndAge(Collection<String> contractCodes, List<Duration> bands, Instant now) {
        if (contractCodes.isEmpty()) {
            return List.of();
        }
        StringBuilder select = new StringBuilder("select c.priority, count(c)");
        for (int i = 0; i < bands.size(); i++) {
            select.append(", sum(case when c.reportedAt > :a").append(i).append(" then 1 else 0 end)");
        }
        var query = em.createQuery(select + " from SupportCase c where c.contract.code in :codes "
                        + "and c.status in :open group by c.priority", Object[].class)
                .setParameter("codes", contractCodes).setParameter("open", CaseStatus.OPEN);
        for (int i = 0; i < bands.size(); i++) {
            query.setParameter("a" + i, now.minus(bands.get(i)));
        }
        List<OpenByAge> result = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            List<Long> byAge = new ArrayList<>();
            long younger = 0;
            for (int i = 0; i < bands.size(); i++) {
                long upTo = row[2 + i] == null ? 0 : ((Number) row[2 + i]).longValue();
                byAge.add(upTo - younger);
                younger = upTo;
            }
            byAge.add(((Number) row[1]).longValue() - younger);
            result.add(new OpenByAge((Priority) row[0], List.copyOf(byAge)));
        }
        return result;
    }
}
