package com.weibao.knowledge;

import com.weibao.knowledge.KnowledgeApi.Hit;
import com.weibao.knowledge.KnowledgeApi.SearchPage;
import com.weibao.platform.search.ChineseAnalysis;
import com.weibao.platform.security.Caller;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chinese full-text search of the knowledge base on Hibernate Search (embedded Lucene, smartcn segmentation, see
 * {@link ChineseAnalysis}): ranked by relevance (title counts most), with highlighted passages, filtered by contract,
 * system, category, status and period, and always by what the caller may read: vendor staff every article, a
 * hospital's users only the published FAQ articles of their hospital's contracts.
 */
@Service
@Transactional(readOnly = true)
public class KnowledgeSearch {

    public record Filter(String query, String contract, String system, ArticleCategory category,
                         ArticleStatus status, Instant from, Instant to) {
    }

    private static final String[] TEXT_FIELDS = {"title", "problem", "symptoms", "cause", "solution", "tags"};

    private final EntityManager entityManager;

    KnowledgeSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** All words of the query must occur (segmented: 电子票据 is 电子 + 票据); best matches first. */
    public SearchPage search(Filter filter, int page, int size, Caller caller) {
        return run(filter, BooleanOperator.AND, page, size, caller);
    }

    /**
     * Published articles most like a new case's text (any of its words, more shared words rank higher), the case's
     * system first: what the triage and support steps show.
     */
    public SearchPage similar(String text, String contract, String system, int size, Caller caller) {
        return run(new Filter(text, contract, system, null, ArticleStatus.PUBLISHED, null, null), BooleanOperator.OR,
                0, size, caller);
    }

    private SearchPage run(Filter filter, BooleanOperator operator, int page, int size, Caller caller) {
        long started = System.nanoTime();
        if (!caller.isVendorStaff() && caller.hospitalCodes().isEmpty()) {
            return new SearchPage(filter.query(), 0, page, size, 0, List.of());
        }
        boolean similar = operator == BooleanOperator.OR;
        SearchResult<List<?>> result = Search.session(entityManager).search(Article.class)
                .select(f -> f.composite().from(f.entity(), f.score(), f.highlight("title"), f.highlight("problem"),
                        f.highlight("symptoms"), f.highlight("cause"), f.highlight("solution")).asList())
                .where((f, root) -> {
                    if (filter.query() == null || filter.query().isBlank()) {
                        root.add(f.matchAll());
                    } else {
                        root.add(f.simpleQueryString().field("title").boost(3f).field("problem").boost(2f)
                                .fields("symptoms", "cause", "solution", "tags").matching(filter.query())
                                .defaultOperator(operator));
                    }
                    permissions(f, root, caller);
                    if (filter.contract() != null && !filter.contract().isBlank()) {
                        root.add(f.match().field("contracts.contractCode").matching(filter.contract()));
                    }
                    if (filter.system() != null && !filter.system().isBlank()) {
                        if (similar) {
                            root.add(f.bool().should(f.matchAll()).should(f.match().field("systemCode")
                                    .matching(filter.system()).boost(2f)));
                        } else {
                            root.add(f.match().field("systemCode").matching(filter.system()));
                        }
                    }
                    if (filter.category() != null) {
                        root.add(f.match().field("category").matching(filter.category()));
                    }
                    if (filter.status() != null) {
                        root.add(f.match().field("status").matching(filter.status()));
                    }
                    if (filter.from() != null || filter.to() != null) {
                        root.add(f.range().field("updatedAt").between(filter.from(), filter.to()));
                    }
                })
                .highlighter(h -> h.plain().fragmentSize(80).numberOfFragments(2))
                .fetch(page * size, size);
        List<Hit> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            Article a = (Article) row.get(0);
            List<String> highlights = new ArrayList<>();
            for (int i = 2; i < row.size(); i++) {
                for (Object passage : (List<?>) row.get(i)) {
                    highlights.add(passage.toString());
                }
            }
            hits.add(new Hit(a.getId(), a.getReference(), a.getTitle(), a.getCategory(), a.getStatus(),
                    a.getVisibility(), a.contractCodes(), a.getSystemCode(), a.getUseCount(), (Float) row.get(1),
                    highlights, KnowledgeQueries.href(a)));
        }
        return new SearchPage(filter.query(), result.total().hitCount(), page, size,
                (System.nanoTime() - started) / 1_000_000, hits);
    }

    /** Hospital users: published FAQ articles of their hospitals' contracts only. */
    private static void permissions(SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?> root,
                                    Caller caller) {
        if (caller.isVendorStaff()) {
            return;
        }
        root.add(f.match().field("status").matching(ArticleStatus.PUBLISHED));
        root.add(f.match().field("visibility").matching(Visibility.FAQ));
        root.add(f.terms().field("contracts.hospitalCode").matchingAny(List.copyOf(caller.hospitalCodes())));
    }

    /** Rebuilds the index from the database (after restoring a database, or moving the index). */
    @Transactional(readOnly = false)
    public long reindex() throws InterruptedException {
        Search.session(entityManager).massIndexer(Article.class).threadsToLoadObjects(1).startAndWait();
        return Search.session(entityManager).search(Article.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }
}
