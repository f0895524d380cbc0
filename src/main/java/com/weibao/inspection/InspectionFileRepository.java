package com.weibao.inspection;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InspectionFileRepository extends JpaRepository<InspectionFile, Long> {

    /** The inspection's files without their contents, oldest first. */
    @Query("select new com.weibao.inspection.InspectionFileInfo(f.id, f.kind, f.itemCode, f.reportVersion, "
            + "f.file.fileName, f.file.contentType, f.file.size, f.file.createdAt, f.file.createdBy) "
            + "from InspectionFile f where f.inspection = :inspection order by f.file.createdAt, f.id")
    List<InspectionFileInfo> listOf(Inspection inspection);

    Optional<InspectionFile> findByIdAndInspection(Long id, Inspection inspection);

    @Query("select count(f) from InspectionFile f where f.inspection = :inspection and f.itemCode = :itemCode "
            + "and f.kind = com.weibao.inspection.InspectionFileKind.ATTACHMENT")
    int countItemFiles(Inspection inspection, String itemCode);
}
