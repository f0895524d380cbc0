package com.weibao.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

    Optional<Article> findByReference(String reference);

    Optional<Article> findByProcessInstanceId(String processInstanceId);

    List<Article> findBySourceCaseNumber(String caseNumber);

    @Query("select distinct a from Article a join a.contracts c where c.contractCode = ?1 and a.status = ?2 "
            + "and a.visibility = ?3")
    List<Article> findInContract(String contractCode, ArticleStatus status, Visibility visibility);
}
