package com.weibao.knowledge;

/** The review of an article by a team lead (ArticleReviewProcess, on Camunda in {@code knowledge.process}). */
public interface ArticleReviewWorkflow {

    /** Starts the review of the submitted article; the author revises what the lead refuses. */
    void startReview(long articleId, String author);
}
