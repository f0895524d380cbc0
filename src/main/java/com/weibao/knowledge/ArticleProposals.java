package com.weibao.knowledge;

import com.weibao.cases.ArticleProposed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** 沉淀为知识 ticked at a case's resolution: a de-identified draft of the case, put to a team lead's review. */
@Component
class ArticleProposals {

    private static final Logger log = LoggerFactory.getLogger(ArticleProposals.class);

    private final KnowledgeService knowledge;

    ArticleProposals(KnowledgeService knowledge) {
        this.knowledge = knowledge;
    }

    @ApplicationModuleListener
    void on(ArticleProposed proposed) {
        knowledge.proposeFromCase(proposed.caseNumber(), proposed.proposedBy()).ifPresentOrElse(
                a -> log.info("Case {} proposed as knowledge: {} in review", proposed.caseNumber(), a.getReference()),
                () -> log.info("Case {} already has its knowledge article", proposed.caseNumber()));
    }
}
