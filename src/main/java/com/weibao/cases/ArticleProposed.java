package com.weibao.cases;

/**
 * The engineer ticked 沉淀为知识 when filling in the resolution (填写解决方案): the knowledge base makes a de-identified
 * draft of the case and puts it to a team lead's review. Published after the resolution is stored.
 */
public record ArticleProposed(String caseNumber, String proposedBy) {
}
