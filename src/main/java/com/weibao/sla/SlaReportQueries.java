package com.weibao.sla;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only: the SLA targets of a set of cases, for a period report. */
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
}
