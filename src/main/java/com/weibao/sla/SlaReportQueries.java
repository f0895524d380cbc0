package com.weibao.sla;

import com.weibao.cases.CaseStatus;
import com.weibao.cases.SlaTargetStatus;
import com.weibao.contract.Priority;
import com.weibao.contract.SlaKind;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only: the SLA targets of a set of cases, for a period report; and, for the supervisor dashboard, grouped
 * counts over contracts computed in the database (callers check the caller's right to the contracts first).
 */
@Service
@Transactional(readOnly = true)
public class SlaReportQueries {

    private static final int CHUNK = 1000;

    private final EntityManager em;

    SlaReportQueries(EntityManager em) {
        this.em = em;
    }

    public List<TargetFacts> targetsOf(Collection<Long> caseIds) {
        List<Long> ids = List.copyOf(caseIds);
        List<TargetFacts> result = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            em.createQuery("select t from CaseSlaTarget t where t.caseId in :ids order by t.caseId, t.id",
                            CaseSlaTarget.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK))).getResultList()
                    .forEach(t -> result.add(new TargetFacts(t.getCaseId(), t.getCode(), t.getKind(), t.getClock(),
                            t.getDescription(), t.getStartedAt(), t.getDueAt(), t.getStatus(), t.getMetAt(),
                            t.getBreachedAt(), t.getTimeTakenSeconds() == null ? null
                            : java.time.Duration.ofSeconds(t.getTimeTakenSeconds()), t.getEscalationLevel())));
        }
        return result;
    }

    /** Outcomes that are judged: the denominator of "on time" is met + metLate + breached. */
    private static final List<SlaTargetStatus> JUDGED = List.of(SlaTargetStatus.MET, SlaTargetStatus.MET_LATE,
            SlaTargetStatus.BREACHED, SlaTargetStatus.RUNNING);

    /**
     * The targets of one span (a month) judged as the period report judges them: met in time, met late, breached
     * (also a running target past its deadline whose timer has not fired yet), and pending (deadline still ahead).
     */
    public record Outcomes(long met, long metLate, long breached, long pending) {

        public long due() {
            return met + metLate + breached;
        }
    }

    /**
     * The outcomes of the contracts' targets per span between consecutive {@code bounds} (ascending; n + 1 bounds
     * give n spans), by deadline — a target met while its clock was stopped (no deadline) by its start, as the
     * period report counts it — leaving out the cases cancelled. One grouped query over the deadline index.
     */
    public List<Outcomes> outcomesBySpan(Collection<String> contractCodes, List<Instant> bounds, Instant now) {
        int spans = bounds.size() - 1;
        if (contractCodes.isEmpty() || spans < 1) {
            return java.util.Collections.nCopies(Math.max(spans, 0), new Outcomes(0, 0, 0, 0));
        }
        StringBuilder select = new StringBuilder("select t.status");
        for (int i = 0; i < spans; i++) {
            String in = "coalesce(t.dueAt, t.startedAt) >= :b" + i + " and coalesce(t.dueAt, t.startedAt) < :b" + (i + 1);
            select.append(", sum(case when ").append(in).append(" then 1 else 0 end)");
            select.append(", sum(case when ").append(in).append(" and t.dueAt <= :now then 1 else 0 end)");
        }
        var query = em.createQuery(select + " from CaseSlaTarget t, com.weibao.cases.SupportCase c "
                        + "where c.id = t.caseId and c.contract.code in :codes and c.status <> :cancelled "
                        + "and t.status in :judged and (t.dueAt >= :from and t.dueAt < :to or t.dueAt is null "
                        + "and t.startedAt >= :from and t.startedAt < :to) group by t.status", Object[].class)
                .setParameter("codes", contractCodes).setParameter("cancelled", CaseStatus.CANCELLED)
                .setParameter("judged", JUDGED).setParameter("from", bounds.get(0))
                .setParameter("to", bounds.get(spans)).setParameter("now", now);
        for (int i = 0; i <= spans; i++) {
            query.setParameter("b" + i, bounds.get(i));
        }
        long[][] n = new long[spans][4];
        for (Object[] row : query.getResultList()) {
            SlaTargetStatus status = (SlaTargetStatus) row[0];
            for (int i = 0; i < spans; i++) {
                long all = number(row[1 + 2 * i]);
                long past = number(row[2 + 2 * i]);
                switch (status) {
                    case MET -> n[i][0] += all;
                    case MET_LATE -> n[i][1] += all;
                    case BREACHED -> n[i][2] += all;
                    case RUNNING -> {
                        n[i][2] += past;
                        n[i][3] += all - past;
                    }
                    default -> { }
                }
            }
        }
        List<Outcomes> result = new ArrayList<>();
        for (long[] s : n) {
            result.add(new Outcomes(s[0], s[1], s[2], s[3]));
        }
        return result;
    }

    /** A target missed: met late, or past its deadline and still open ({@code metAt} null). */
    public record Missed(String caseNumber, Priority level, SlaKind kind, String description, Instant dueAt,
                         Instant metAt, SlaTargetStatus status, int escalationLevel) {
    }

    /** The missed targets of the contracts due in [from, to), latest deadline first, at most {@code limit}. */
    public List<Missed> missed(Collection<String> contractCodes, Instant from, Instant to, Instant now, int limit) {
        if (contractCodes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c.number, c.priority, t.kind, t.description, t.dueAt, t.metAt, t.status, "
                        + "t.escalationLevel" + MISSED + " order by t.dueAt desc, t.id desc", Object[].class)
                .setParameter("codes", contractCodes).setParameter("cancelled", CaseStatus.CANCELLED)
                .setParameter("from", from).setParameter("to", to).setParameter("now", now)
                .setParameter("late", LATE).setParameter("running", SlaTargetStatus.RUNNING)
                .setMaxResults(limit).getResultList().stream()
                .map(r -> new Missed((String) r[0], (Priority) r[1], (SlaKind) r[2], (String) r[3], (Instant) r[4],
                        (Instant) r[5], (SlaTargetStatus) r[6], (Integer) r[7])).toList();
    }

    /** How many targets of the contracts due in [from, to) were missed. */
    public long countMissed(Collection<String> contractCodes, Instant from, Instant to, Instant now) {
        if (contractCodes.isEmpty()) {
            return 0;
        }
        return em.createQuery("select count(t)" + MISSED, Long.class)
                .setParameter("codes", contractCodes).setParameter("cancelled", CaseStatus.CANCELLED)
                .setParameter("from", from).setParameter("to", to).setParameter("now", now)
                .setParameter("late", LATE).setParameter("running", SlaTargetStatus.RUNNING)
                .getSingleResult();
    }

    private static final List<SlaTargetStatus> LATE = List.of(SlaTargetStatus.MET_LATE, SlaTargetStatus.BREACHED);

    private static final String MISSED = " from CaseSlaTarget t, com.weibao.cases.SupportCase c where c.id = t.caseId "
            + "and c.contract.code in :codes and c.status <> :cancelled and t.dueAt >= :from and t.dueAt < :to "
            + "and (t.status in :late or t.status = :running and t.dueAt <= :now)";

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
