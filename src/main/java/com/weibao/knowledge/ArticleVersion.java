package com.weibao.knowledge;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One change of an article: who did what when, which fields changed, and the text as it was afterwards. */
@Entity
@Table(name = "knowledge_article_version")
class ArticleVersion {

    enum Action { CREATED, EDITED, SUBMITTED, PUBLISHED, REFUSED, WITHDRAWN, RETIRED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long articleId;
    private int revision;
    @Enumerated(EnumType.STRING)
    private Action action;
    private String changedFields;
    private String remarks;
    private String changedBy;
    private Instant changedAt;
    @Enumerated(EnumType.STRING)
    private ArticleStatus status;
    private String title;
    private String problem;
    private String symptoms;
    private String cause;
    private String solution;

    protected ArticleVersion() {
    }

    ArticleVersion(Article a, Action action, List<String> changedFields, String remarks, String changedBy,
                   Instant changedAt) {
        this.articleId = a.getId();
        this.revision = a.getRevision();
        this.action = action;
        this.changedFields = changedFields == null || changedFields.isEmpty() ? null : String.join(",", changedFields);
        this.remarks = remarks;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.status = a.getStatus();
        this.title = a.getTitle();
        this.problem = a.getProblem();
        this.symptoms = a.getSymptoms();
        this.cause = a.getCause();
        this.solution = a.getSolution();
    }

    Long getId() { return id; }
    int getRevision() { return revision; }
    Action getAction() { return action; }
    String getChangedFields() { return changedFields; }
    String getRemarks() { return remarks; }
    String getChangedBy() { return changedBy; }
    Instant getChangedAt() { return changedAt; }
    ArticleStatus getStatus() { return status; }
    String getTitle() { return title; }
    String getSolution() { return solution; }
}
