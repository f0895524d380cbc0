package com.weibao.knowledge;

import com.weibao.platform.search.ChineseAnalysis;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A knowledge article (知识文章): problem, symptoms, cause and solution, where it applies and who reads it. Indexed for
 * Chinese full-text search ({@link ChineseAnalysis}); every change is kept in {@link ArticleVersion}.
 */
@Entity
@Table(name = "knowledge_article")
@Indexed(index = "knowledge-article")
public class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @KeywordField
    private String reference;

    @FullTextField(analyzer = ChineseAnalysis.INDEX, searchAnalyzer = ChineseAnalysis.QUERY,
            projectable = Projectable.YES, highlightable = Highlightable.ANY)
    private String title;

    @FullTextField(analyzer = ChineseAnalysis.INDEX, searchAnalyzer = ChineseAnalysis.QUERY,
            highlightable = Highlightable.ANY)
    private String problem;

    @FullTextField(analyzer = ChineseAnalysis.INDEX, searchAnalyzer = ChineseAnalysis.QUERY,
            highlightable = Highlightable.ANY)
    private String symptoms;

    @FullTextField(analyzer = ChineseAnalysis.INDEX, searchAnalyzer = ChineseAnalysis.QUERY,
            highlightable = Highlightable.ANY)
    private String cause;

    @FullTextField(analyzer = ChineseAnalysis.INDEX, searchAnalyzer = ChineseAnalysis.QUERY,
            highlightable = Highlightable.ANY)
    private String solution;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private ArticleCategory category;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private Visibility visibility;

    @KeywordField
    private String systemCode;

    private String productVersion;

    @FullTextField(analyzer = ChineseAnalysis.INDEX, searchAnalyzer = ChineseAnalysis.QUERY)
    private String tags;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private ArticleStatus status;

    private int revision;
    private String author;
    private String reviewer;
    private String reviewRemarks;

    @KeywordField
    private String sourceCaseNumber;

    @GenericField(sortable = Sortable.YES)
    private int useCount;

    private Instant createdAt;

    @GenericField(sortable = Sortable.YES)
    private Instant updatedAt;

    private Instant publishedAt;
    private Instant retiredAt;
    /** The review process now or last running for this article (ArticleReviewProcess). */
    private String processInstanceId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "knowledge_article_contract", joinColumns = @JoinColumn(name = "article_id"))
    @IndexedEmbedded
    private Set<ArticleContract> contracts = new LinkedHashSet<>();

    protected Article() {
    }

    Article(String author, String sourceCaseNumber, Instant now) {
        this.author = author;
        this.sourceCaseNumber = sourceCaseNumber;
        this.status = ArticleStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The review process the article is in: its listeners find the article by it. */
    void bindProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** Takes the content; answers the names of the fields that changed. */
    List<String> write(ArticleContent c, Set<ArticleContract> applicable, Instant now) {
        List<String> changed = new ArrayList<>();
        title = set(changed, "title", title, c.title());
        problem = set(changed, "problem", problem, c.problem());
        symptoms = set(changed, "symptoms", symptoms, c.symptoms());
        cause = set(changed, "cause", cause, c.cause());
        solution = set(changed, "solution", solution, c.solution());
        category = set(changed, "category", category, c.category());
        visibility = set(changed, "visibility", visibility, c.visibility());
        systemCode = set(changed, "system", systemCode, c.system());
        productVersion = set(changed, "productVersion", productVersion, c.productVersion());
        tags = set(changed, "tags", tags, c.tags() == null || c.tags().isEmpty() ? null
                : String.join(",", c.tags().stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList()));
        if (!contracts.equals(applicable)) {
            changed.add("contracts");
            contracts.clear();
            contracts.addAll(applicable);
        }
        if (!changed.isEmpty()) {
            revision++;
            updatedAt = now;
        }
        return changed;
    }

    void assignReference() {
        reference = String.format("KB-%06d", id);
    }

    void submit(Instant now) {
        status = ArticleStatus.IN_REVIEW;
        reviewRemarks = null;
        updatedAt = now;
    }

    void publish(String reviewer, Instant now) {
        this.status = ArticleStatus.PUBLISHED;
        this.reviewer = reviewer;
        this.publishedAt = now;
        this.updatedAt = now;
    }

    void refuse(String reviewer, String remarks, Instant now) {
        this.status = ArticleStatus.DRAFT;
        this.reviewer = reviewer;
        this.reviewRemarks = remarks;
        this.updatedAt = now;
    }

    void backToDraft(Instant now) {
        this.status = ArticleStatus.DRAFT;
        this.updatedAt = now;
    }

    void retire(Instant now) {
        this.status = ArticleStatus.RETIRED;
        this.retiredAt = now;
        this.updatedAt = now;
    }

    void used() {
        useCount++;
    }

    /** Whether a user of the hospital reads it: a published FAQ of one of the hospital's contracts. */
    boolean readableByHospital(Set<String> hospitalCodes) {
        return status == ArticleStatus.PUBLISHED && visibility == Visibility.FAQ
                && contracts.stream().anyMatch(c -> hospitalCodes.contains(c.getHospitalCode()));
    }

    public List<String> tagList() {
        return tags == null ? List.of() : Arrays.asList(tags.split(","));
    }

    public List<String> contractCodes() {
        return contracts.stream().map(ArticleContract::getContractCode).sorted().toList();
    }

    private static <T> T set(List<String> changed, String field, T old, T value) {
        T normalized = value instanceof String s && s.isBlank() ? null : value;
        if (!Objects.equals(old, normalized)) {
            changed.add(field);
        }
        return normalized;
    }

    public Long getId() { return id; }
    public String getReference() { return reference; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getTitle() { return title; }
    public String getProblem() { return problem; }
    public String getSymptoms() { return symptoms; }
    public String getCause() { return cause; }
    public String getSolution() { return solution; }
    public ArticleCategory getCategory() { return category; }
    public Visibility getVisibility() { return visibility; }
    public String getSystemCode() { return systemCode; }
    public String getProductVersion() { return productVersion; }
    public ArticleStatus getStatus() { return status; }
    public int getRevision() { return revision; }
    public String getAuthor() { return author; }
    public String getReviewer() { return reviewer; }
    public String getReviewRemarks() { return reviewRemarks; }
    public String getSourceCaseNumber() { return sourceCaseNumber; }
    public int getUseCount() { return useCount; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public Instant getRetiredAt() { return retiredAt; }
    Set<ArticleContract> getContracts() { return contracts; }
}
