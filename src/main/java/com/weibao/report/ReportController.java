package com.weibao.report;

import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.platform.security.Caller;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contract period reports: the list of the periods that can be reported per visible contract, a draft's figures on
 * demand, and the Word and Excel documents. Another hospital's contract answers 404, like its cases.
 */
@RestController
class ReportController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    record ReportLink(String contract, String contractName, String hospital, String period, String kind,
                      String label, String href, String docx, String xlsx) {
    }

    record ReportList(List<ContractReports.StoredReport> reports, List<ReportLink> periods) {
    }

    private final ReportDrafter drafter;
    private final AssessmentDrafter assessments;
    private final AssessmentCriteria criteria;
    private final ContractService contracts;
    private final ContractReports stored;
    private final Clock clock;

    ReportController(ReportDrafter drafter, AssessmentDrafter assessments, AssessmentCriteria criteria,
                     ContractService contracts, ContractReports stored, Clock clock) {
        this.drafter = drafter;
        this.assessments = assessments;
        this.criteria = criteria;
        this.contracts = contracts;
        this.stored = stored;
        this.clock = clock;
    }

    /**
     * The stored reports (in review or archived) of the contracts the caller may read, and per contract (or the one
     * asked for) the drafts of last month, last quarter and last year, and of the assessment (维保考核) of the last
     * quarter or year it is made for.
     */
    @GetMapping("/api/reports")
    ReportList list(@RequestParam(required = false) String contract, @AuthenticationPrincipal Caller caller) {
        List<Contract> visible = contract == null || contract.isBlank()
                ? contracts.visibleContracts(caller).stream().filter(c -> ReportDrafter.mayRead(c, caller)).toList()
                : List.of(contracts.visibleContract(contract, caller));
        if (visible.stream().anyMatch(c -> !ReportDrafter.mayRead(c, caller))) {
            throw new AccessDeniedException("contract reports are for the vendor's staff and the hospital's IT "
                    + "department");
        }
        LocalDate today = LocalDate.now(clock.withZone(ReportPeriod.ZONE));
        List<ReportLink> links = new ArrayList<>();
        for (Contract c : visible) {
            for (ReportPeriod.Kind kind : ReportPeriod.Kind.values()) {
                ReportPeriod p = ReportPeriod.previous(kind, today);
                String href = "/api/reports/" + c.getCode() + "/" + p.name();
                links.add(new ReportLink(c.getCode(), c.getName(), c.getHospital().getName(), p.name(), kind.name(),
                        p.label() + kind.label(), href, href + "/report.docx", href + "/report.xlsx"));
            }
            for (ReportPeriod.Kind kind : criteria.of(c.getCode()).periods()) {
                ReportPeriod p = ReportPeriod.previous(kind, today);
                String href = "/api/reports/" + c.getCode() + "/" + p.name() + "/assessment";
                links.add(new ReportLink(c.getCode(), c.getName(), c.getHospital().getName(), p.name(),
                        ReportDocument.ASSESSMENT.name(), ReportDocument.ASSESSMENT.title(p), href, href + ".docx",
                        href + ".xlsx"));
            }
        }
        List<String> codes = visible.stream().map(Contract::getCode).toList();
        return new ReportList(stored.visibleTo(caller).stream().filter(r -> codes.contains(r.contract())).toList(),
                links);
    }

    /**
     * Starts the review of a period's report now (team leads and service managers): drafted, then 审核报告并撰写总结
     * in Tasklist. 409 when the period's report exists already.
     */
    @PostMapping("/api/reports/{contract}/{period}")
    ResponseEntity<ContractReports.StoredReport> start(@PathVariable String contract, @PathVariable String period,
                                                       @AuthenticationPrincipal Caller caller) {
        ReportPeriod p = ReportPeriod.parse(period);
        Contract c = drafter.contractToDraft(contract, caller);
        ContractReports.StoredReport report = stored.startReview(c.getCode(), p);
        String href = "/api/reports/" + c.getCode() + "/" + p.name();
        return ResponseEntity.created(URI.create(href)).body(report);
    }

    /**
     * Starts the review of the period's maintenance assessment (维保考核) now, like a report's: 审核报告并撰写总结, then
     * 签收合同报告 by the hospital's IT department. 400 for a period the contract is not assessed by, 409 when it exists.
     */
    @PostMapping("/api/reports/{contract}/{period}/assessment")
    ResponseEntity<ContractReports.StoredReport> startAssessment(@PathVariable String contract,
                                                                 @PathVariable String period,
                                                                 @AuthenticationPrincipal Caller caller) {
        ReportPeriod p = ReportPeriod.parse(period);
        Contract c = drafter.contractToDraft(contract, caller);
        assessments.definitionFor(c.getCode(), p);
        ContractReports.StoredReport report = stored.startReview(c.getCode(), p, ReportDocument.ASSESSMENT);
        return ResponseEntity.created(URI.create("/api/reports/" + c.getCode() + "/" + p.name() + "/assessment"))
                .body(report);
    }

    /** The assessment's scores, grade and evidence, computed now: period 2026 or 2026-Q4. */
    @GetMapping("/api/reports/{contract}/{period}/assessment")
    Assessment assessment(@PathVariable String contract, @PathVariable String period,
                          @AuthenticationPrincipal Caller caller) {
        return assessments.draft(contract, ReportPeriod.parse(period), caller);
    }

    /** The assessment in Word: the archived one once acknowledged, else scored now with the manager's texts so far. */
    @GetMapping("/api/reports/{contract}/{period}/assessment.docx")
    ResponseEntity<byte[]> assessmentDocx(@PathVariable String contract, @PathVariable String period,
                                          @AuthenticationPrincipal Caller caller) {
        ReportPeriod p = ReportPeriod.parse(period);
        Assessment a = assessments.draft(contract, p, caller);
        String code = a.header().contractCode();
        byte[] archived = stored.archived(code, p, ReportDocument.ASSESSMENT, true).orElse(null);
        String[] texts = stored.texts(code, p, ReportDocument.ASSESSMENT);
        return file(archived != null ? archived : AssessmentDocuments.docx(a, texts[0], texts[1]), DOCX, a.header(),
                ReportDocument.ASSESSMENT, "docx");
    }

    @GetMapping("/api/reports/{contract}/{period}/assessment.xlsx")
    ResponseEntity<byte[]> assessmentXlsx(@PathVariable String contract, @PathVariable String period,
                                          @AuthenticationPrincipal Caller caller) {
        ReportPeriod p = ReportPeriod.parse(period);
        Assessment a = assessments.draft(contract, p, caller);
        byte[] archived = stored.archived(a.header().contractCode(), p, ReportDocument.ASSESSMENT, false).orElse(null);
        return file(archived != null ? archived : AssessmentDocuments.xlsx(a), XLSX, a.header(),
                ReportDocument.ASSESSMENT, "xlsx");
    }

    /** A draft's figures, computed now: period 2026-11, 2026-Q4 or 2026. */
    @GetMapping("/api/reports/{contract}/{period}")
    PeriodReport draft(@PathVariable String contract, @PathVariable String period,
                       @AuthenticationPrincipal Caller caller) {
        return drafter.draft(contract, ReportPeriod.parse(period), caller);
    }

    /** The Word report: the archived one once acknowledged, else drafted now with the manager's texts so far. */
    @GetMapping("/api/reports/{contract}/{period}/report.docx")
    ResponseEntity<byte[]> docx(@PathVariable String contract, @PathVariable String period,
                                @AuthenticationPrincipal Caller caller) {
        ReportPeriod p = ReportPeriod.parse(period);
        PeriodReport r = drafter.draft(contract, p, caller);
        byte[] archived = stored.archived(r.header().contractCode(), p, ReportDocument.REPORT, true).orElse(null);
        String[] texts = stored.texts(r.header().contractCode(), p, ReportDocument.REPORT);
        return file(archived != null ? archived : ReportDocuments.docx(r, texts[0], texts[1]), DOCX, r.header(),
                ReportDocument.REPORT, "docx");
    }

    @GetMapping("/api/reports/{contract}/{period}/report.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String contract, @PathVariable String period,
                                @AuthenticationPrincipal Caller caller) {
        ReportPeriod p = ReportPeriod.parse(period);
        PeriodReport r = drafter.draft(contract, p, caller);
        byte[] archived = stored.archived(r.header().contractCode(), p, ReportDocument.REPORT, false).orElse(null);
        return file(archived != null ? archived : ReportDocuments.xlsx(r), XLSX, r.header(), ReportDocument.REPORT,
                "xlsx");
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, PeriodReport.Header h,
                                               ReportDocument document, String extension) {
        String name = h.contractCode() + "-" + h.period().name() + "-" + document.label() + "." + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
