package com.weibao.inspection;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InspectionFileRepository extends JpaRepository<InspectionFile, Long> {

    List<InspectionFile> findByInspectionOrderByCreatedAtAscIdAsc(Inspection inspection);

    Optional<InspectionFile> findByIdAndInspection(Long id, Inspection inspection);

    @Query("select count(f) from InspectionFile f where f.inspection = :inspection and f.itemCode = :itemCode "
            + "and f.kind = com.weibao.inspection.InspectionFileKind.ATTACHMENT")
    int countItemFiles(Inspection inspection, String itemCode);

    @Query("select f from InspectionFile f where f.inspection = :inspection and f.kind = :kind "
            + "order by f.reportVersion desc, f.id desc")
    List<InspectionFile> findReports(Inspection inspection, InspectionFileKind kind);
}
