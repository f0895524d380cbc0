package com.weibao.knowledge;

import com.weibao.cases.SimilarCases;
import com.weibao.cases.SimilarCases.SimilarCase;
import com.weibao.cases.SupportCase;
import com.weibao.platform.web.FormText;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;

/**
 * What the triage and support forms suggest for a case: the published articles most like its summary and
 * description (its system's first) that the case's hospital may read, i.e. its contracts' FAQ, plus the internal
 * articles the vendor's staff who work the case read anyway; and the closed cases of the same hospital most like it.
 * As Markdown for the form's text component, every text shown literally ({@link FormText}). Not transactional on
 * purpose: it runs inside the engine's transaction of a task's creation, where a failed search must cost only the
 * suggestions.
 */
@Service
public class CaseSuggestions {

    static final int ARTICLES = 3;
    static final int CASES = 3;
    /** Longer case texts are cut: the first words say what the case is about, and the query stays small. */
    private static final int QUERY_CHARS = 300;
    private static final int EXCERPT_CHARS = 60;

    private final EntityManager entityManager;
    private final SimilarCases similarCases;

    CaseSuggestions(EntityManager entityManager, SimilarCases similarCases) {
        this.entityManager = entityManager;
        this.similarCases = similarCases;
    }

    /** The suggestions as Markdown; a line saying there are none when nothing is alike. */
    public String forCase(SupportCase supportCase) {
        return suggest(supportCase).text();
    }

    /**
     * The suggestions for a case: the Markdown the forms show, and the suggested articles as choices (the reference
     * and title shown, the id submitted) for answering the case with one of them.
     */
    public Suggestions suggest(SupportCase supportCase) {
        List<Article> articles = articles(supportCase);
        List<SimilarCase> cases = similarCases.closedLike(supportCase, CASES);
        List<ArticleChoice> choices = articles.stream()
                .map(a -> new ArticleChoice(a.getReference() + " " + a.getTitle(), String.valueOf(a.getId())))
                .toList();
        return new Suggestions(text(articles, cases), choices);
    }

    public record Suggestions(String text, List<ArticleChoice> articles) {
    }

    /** An article to choose in a form: what is shown, and the value submitted (its id). */
    public record ArticleChoice(String label, String value) {
    }

    private static String text(List<Article> articles, List<SimilarCase> cases) {
        if (articles.isEmpty() && cases.isEmpty()) {
            return "暂无相似的知识文章或已关闭工单。";
        }
        StringBuilder md = new StringBuilder();
        if (!articles.isEmpty()) {
            md.append("**知识库文章**\n\n");
            for (Article a : articles) {
                md.append("- ").append(FormText.literal(a.getReference())).append("　**")
                        .append(FormText.literal(a.getTitle())).append("**（").append(a.getVisibility().label())
                        .append("）：").append(FormText.literal(excerpt(a.getSolution()))).append('\n');
            }
            md.append('\n');
        }
        if (!cases.isEmpty()) {
            md.append("**本院已关闭的相似工单**\n\n");
            for (SimilarCase c : cases) {
                md.append("- ").append(FormText.literal(c.number())).append("　").append(FormText.literal(c.summary()))
                        .append("：").append(FormText.literal(excerpt(c.resolution()))).append('\n');
            }
        }
        return md.toString().strip();
    }

    List<Article> articles(SupportCase supportCase) {
        String text = queryText(supportCase);
        if (text.isBlank()) {
            return List.of();
        }
        String hospital = supportCase.hospitalCode();
        String system = supportCase.getSystem() == null ? null : supportCase.getSystem().getCode();
        return Search.session(entityManager).search(Article.class)
                .where((f, root) -> {
                    root.add(f.match().field("title").boost(3f).field("problem").boost(2f)
                            .fields("symptoms", "cause", "solution", "tags").matching(text));
                    root.add(f.match().field("status").matching(ArticleStatus.PUBLISHED));
                    var readable = f.bool().should(f.match().field("visibility").matching(Visibility.INTERNAL));
                    if (hospital != null) {
                        readable.should(f.bool().must(f.match().field("visibility").matching(Visibility.FAQ))
                                .must(f.match().field("contracts.hospitalCode").matching(hospital)));
                    }
                    root.add(readable);
                    if (system != null) {
                        root.add(f.bool().should(f.matchAll())
                                .should(f.match().field("systemCode").matching(system).boost(2f)));
                    }
                })
                .fetchHits(ARTICLES);
    }

    private static String queryText(SupportCase c) {
        String text = ((c.getSummary() == null ? "" : c.getSummary()) + " "
                + (c.getDescription() == null ? "" : c.getDescription())).strip();
        return text.length() > QUERY_CHARS ? text.substring(0, QUERY_CHARS) : text;
    }

    private static String excerpt(String text) {
        if (text == null || text.isBlank()) {
            return "—";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > EXCERPT_CHARS ? line.substring(0, EXCERPT_CHARS) + "…" : line;
    }
}
