package com.weibao.cases;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;

/**
 * Closed cases of the same hospital most like a case (its summary and description, any shared word, more shared
 * words and the same system rank higher), from the archive's full-text index: what the triage and support forms
 * suggest next to the knowledge base's articles. Not transactional on purpose: it runs inside the engine's
 * transaction of a task's creation, and a failed search must not mark that transaction for rollback.
 */
@Service
public class SimilarCases {

    /** A closed case as a suggestion: its number, summary and how it was resolved. */
    public record SimilarCase(String number, String summary, String resolution) {
    }

    /** Longer case texts are cut: the first words say what the case is about, and the query stays small. */
    private static final int QUERY_CHARS = 300;

    private final EntityManager entityManager;

    SimilarCases(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Up to {@code max} closed or archived cases of the case's hospital, best first; none for a case without one. */
    public List<SimilarCase> closedLike(SupportCase supportCase, int max) {
        String hospital = supportCase.hospitalCode();
        String text = join(supportCase.getSummary(), supportCase.getDescription());
        if (text.length() > QUERY_CHARS) {
            text = text.substring(0, QUERY_CHARS);
        }
        String query = text;
        if (hospital == null || text.isBlank()) {
            return List.of();
        }
        return Search.session(entityManager).search(SupportCase.class)
                .select(f -> f.composite().from(f.field("number", String.class), f.field("summary", String.class),
                        f.field("resolution", String.class)).as(SimilarCase::new))
                .where((f, root) -> {
                    root.add(f.match().fields("summary", "description", "rootCause", "resolution").matching(query));
                    root.add(f.match().field("hospitalCode").matching(hospital));
                    root.add(f.terms().field("status").matchingAny(List.of(CaseStatus.CLOSED, CaseStatus.ARCHIVED)));
                    root.add(f.not(f.match().field("number").matching(supportCase.getNumber())));
                    if (supportCase.getSystem() != null) {
                        root.add(f.bool().should(f.matchAll())
                                .should(f.match().field("systemCode").matching(supportCase.getSystem().getCode())
                                        .boost(2f)));
                    }
                })
                .fetchHits(max);
    }

    private static String join(String first, String second) {
        return ((first == null ? "" : first) + " " + (second == null ? "" : second)).strip();
    }
}
