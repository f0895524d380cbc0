package com.weibao.knowledge;

import java.time.Instant;
import java.util.List;

/** The JSON of the knowledge REST API. */
public final class KnowledgeApi {

    private KnowledgeApi() {
    }

    public record Ref(String code, String name) {
    }

    public record ArticleView(long id, String reference, String title, String problem, String symptoms, String cause,
                              String solution, ArticleCategory category, String categoryLabel, Visibility visibility,
                              List<String> contracts, String system, String productVersion, List<String> tags,
                              ArticleStatus status, String statusLabel, int revision, String author, String reviewer,
                              String reviewRemarks, String sourceCase, int useCount, Instant createdAt,
                              Instant updatedAt, Instant publishedAt, String href) {
    }

    public record VersionView(int revision, String action, String changedFields, String remarks, String changedBy,
                              Instant changedAt, ArticleStatus status, String title) {
    }

    /** A search hit: the article, its score and the matching passages with {@code <em>} around the words found. */
    public record Hit(long id, String reference, String title, ArticleCategory category, ArticleStatus status,
                      Visibility visibility, List<String> contracts, String system, int useCount, float score,
                      List<String> highlights, String href) {
    }

    public record SearchPage(String query, long total, int page, int size, long tookMillis, List<Hit> hits) {
    }

    public record FromCaseResult(ArticleView article, int personalDataRemoved) {
    }

    public record UseRequest(String caseNumber) {
    }

    public record FaqEntry(long id, String reference, String title, int useCount, String href) {
    }

    public record FaqCategory(ArticleCategory category, String label, List<FaqEntry> articles) {
    }

    public record FaqSystem(String code, String name, List<FaqCategory> categories) {
    }

    public record FaqTree(Ref contract, Ref hospital, List<FaqSystem> systems) {
    }
}
