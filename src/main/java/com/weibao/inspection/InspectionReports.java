package com.weibao.inspection;

import com.weibao.platform.identity.PeopleNames;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Writes report versions (巡检报告) and the signed version, and keeps them with the inspection. */
@Component
class InspectionReports {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final InspectionFileRepository files;
    private final PeopleNames people;
    private final Clock clock;

    InspectionReports(InspectionFileRepository files, PeopleNames people, Clock clock) {
        this.files = files;
        this.people = people;
        this.clock = clock;
    }

    /** The next report version, for the hospital to sign. */
    InspectionFile writeVersion(Inspection inspection, String actor) {
        String fileName = inspection.getReference() + "-巡检报告-第" + (inspection.getReportVersion() + 1) + "版.docx";
        int version = inspection.nextReportVersion(fileName, actor, clock.instant());
        return files.save(new InspectionFile(inspection, InspectionFileKind.REPORT, null, version, fileName, DOCX,
                InspectionReportDocument.render(inspection, version, filesByItem(inspection), false,
                        people::nameOf),
                clock.instant(), actor));
    }

    /** The signed version: the last report with who signed it and when, for the record library. */
    InspectionFile writeSigned(Inspection inspection, String actor) {
        int version = inspection.getReportVersion();
        String fileName = inspection.getReference() + "-巡检报告-第" + version + "版-签字版.docx";
        return files.save(new InspectionFile(inspection, InspectionFileKind.SIGNED_REPORT, null, version, fileName,
                DOCX, InspectionReportDocument.render(inspection, version, filesByItem(inspection), true,
                        people::nameOf),
                clock.instant(), actor));
    }

    private Map<String, List<String>> filesByItem(Inspection inspection) {
        Map<String, List<String>> byItem = new LinkedHashMap<>();
        for (InspectionFileInfo f : files.listOf(inspection)) {
            if (f.kind() == InspectionFileKind.ATTACHMENT && f.itemCode() != null) {
                byItem.computeIfAbsent(f.itemCode(), k -> new java.util.ArrayList<>()).add(f.fileName());
            }
        }
        return byItem;
    }
}
