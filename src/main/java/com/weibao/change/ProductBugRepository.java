package com.weibao.change;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProductBugRepository extends JpaRepository<ProductBug, Long> {

    List<ProductBug> findByCaseNumberOrderByIdAsc(String caseNumber);
}
