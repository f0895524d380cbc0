package com.weibao.cases;

import com.weibao.platform.identity.PeopleNames;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Files the written fault report (故障处理报告) with a closed case, for the customer and the service file. */
@Component
public class FaultReports {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final CaseAttachmentRepository attachments;
    private final Clock clock;
    private final PeopleNames people;

    public FaultReports(CaseAttachmentRepository attachments, Clock clock, PeopleNames people) {
        this.attachments = attachments;
        this.clock = clock;
        this.people = people;
    }

    public CaseAttachment file(SupportCase supportCase, String actor) {
        String fileName = supportCase.getNumber() + "-故障处理报告.docx";
        CaseAttachment report = attachments.save(new CaseAttachment(supportCase, AttachmentKind.FAULT_REPORT, fileName,
                DOCX, FaultReportDocument.render(supportCase, people::nameOf), clock.instant(), actor));
        supportCase.recordDocument(CaseEventType.FAULT_REPORT_WRITTEN, fileName, actor, clock.instant());
        return report;
    }
}
