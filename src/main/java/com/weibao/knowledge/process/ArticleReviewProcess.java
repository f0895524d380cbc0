package com.weibao.knowledge.process;

/**
 * ArticleReviewProcess: ids and variables. Listeners find the article by the process instance they run in
 * ({@code KnowledgeService.idOfProcess}); the business key only names the article for people.
 */
final class ArticleReviewProcess {

    static final String KEY = "ArticleReviewProcess";
    static final String AUTHOR = "author";
    static final String ARTICLE_VIEW = "articleView";
    static final String REVIEW_DECISION = "reviewDecision";
    static final String REVISION_DECISION = "revisionDecision";
    static final String REMARKS = "remarks";
    static final String[] TEXT_FIELDS = {"title", "problem", "symptoms", "cause", "solution"};
    static final String SYSTEM_ACTOR = "system:knowledge";
    private static final String PREFIX = "article-";

    private ArticleReviewProcess() {
    }

    static String businessKey(long articleId) {
        return PREFIX + articleId;
    }
}
