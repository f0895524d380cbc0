package com.weibao.knowledge;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleVersionRepository extends JpaRepository<ArticleVersion, Long> {

    List<ArticleVersion> findByArticleIdOrderByIdAsc(long articleId);
}
