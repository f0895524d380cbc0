package com.weibao.knowledge;

/** The review of an article by a team lead (ArticleReviewProcess, on Camunda in {@code knowledge.process}). */
public interface ArticleReviewWorkflow {

    /**
     * Starts the review of the submitted article; the author revises what the lead refuses. Answers the process
     * instance's id, which the article keeps: the process's listeners find the article by it.
     */
    String startReview(long articleId, String author);
}
