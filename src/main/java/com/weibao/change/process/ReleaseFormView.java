package com.weibao.change.process;

import com.weibao.change.Release;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;

/** The release as its task forms show it (read-only), in Chinese: the problem list and the timetable. */
record ReleaseFormView(String reference, String title, String hospital, String contract, String system,
                       String versions, String planned, String status, String hospitalRemarks, int caseCount,
                       List<Line> cases, String href, String listHref, List<Entry> history) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    record Line(String number, String summary, String reported) {
    }

    record Entry(String at, String actor, String type, String detail) {
    }

    static ReleaseFormView of(Release r, String hospitalName, String contractName, String systemName,
                              UnaryOperator<String> names) {
        return new ReleaseFormView(r.getReference(), r.getTitle(), hospitalName, contractName, systemName,
                (r.getPreviousVersion() == null ? "（未登记）" : r.getPreviousVersion()) + " → " + r.getVersion(),
                SHOWN.format(r.getPlannedAt()), r.getStatus().label(),
                r.getHospitalRemarks() == null ? "（无）" : r.getHospitalRemarks(), r.getCases().size(),
                r.getCases().stream().map(c -> new Line(c.getCaseNumber(), c.getSummary(),
                        SHOWN.format(c.getReportedAt()))).toList(),
                "/api/releases/" + r.getId(), "/api/releases/" + r.getId() + "/list.xlsx",
                r.getHistory().stream().map(e -> new Entry(SHOWN.format(e.getAt()), names.apply(e.getActor()),
                        e.getType().label(), e.getDetail() == null ? "" : e.getDetail())).toList());
    }
}
