package com.weibao.report;

import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.platform.security.Caller;
import com.weibao.platform.web.ConflictException;
import com.weibao.platform.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored contract reports and their review: drafted (on the first working day after the period, or on demand),
 * released by the service manager with a summary and improvement measures, returned with remarks or acknowledged by
 * the hospital's IT department; an acknowledged report is archived with its documents and never changes.
 */
@Service
@Transactional
public class ContractReports {

    /** A stored report as the API lists it. */
    public record StoredReport(long id, String contract, String period, ReportPeriod.Kind kind,
                               ReportDocument document, String title, ReportStatus status,
                               String statusLabel, int revision, String summary, String improvements, String remarks,
                               java.time.Instant draftedAt, java.time.Instant releasedAt, String releasedBy,
                               java.time.Instant acknowledgedAt, String acknowledgedBy, String docx, String xlsx) {
    }

    private final ContractReportRepository reports;
    private final ContractService contracts;
    private final ReportDrafter drafter;
    private final AssessmentDrafter assessments;
    private final ReportWorkflow workflow;
    private final Clock clock;

    ContractReports(ContractReportRepository reports, ContractService contracts, ReportDrafter drafter,
                    AssessmentDrafter assessments, ReportWorkflow workflow, Clock clock) {
        this.reports = reports;
        this.contracts = contracts;
        this.drafter = drafter;
        this.assessments = assessments;
        this.workflow = workflow;
        this.clock = clock;
    }

    /**
     * Stores the period's report as a draft and starts its review, in one transaction: a second start for the same
     * period (a double click, the schedule and a manager at once) is refused (409), never a second review.
     */
    public StoredReport startReview(String contractCode, ReportPeriod period) {
        return startReview(contractCode, period, ReportDocument.REPORT);
    }

    /** The same for the period report or the maintenance assessment (维保考核) of the period. */
    public StoredReport startReview(String contractCode, ReportPeriod period, ReportDocument document) {
        if (exists(contractCode, period, document)) {
            throw new ConflictException("the " + document.file() + " of " + contractCode + " for " + period.name()
                    + " exists already");
        }
        Contract contract = contracts.find(contractCode)
                .orElseThrow(() -> new NotFoundException("no contract " + contractCode));
        ContractReport report = reports.saveAndFlush(new ContractReport(contract.getCode(),
                contract.getHospital().getCode(), period, document, clock.instant()));
        report.linkProcess(workflow.start(contract.getCode(), contract.getHospital().getCode(), period, document));
        return view(report);
    }

    /**
     * The id of the report whose review runs in that process instance (linked when the review started): how the
     * process's delegates find their report, never by a variable (issue 13).
     */
    @Transactional(readOnly = true)
    public long idOfProcess(String processInstanceId) {
        return reports.findByProcessInstanceId(processInstanceId).map(ContractReport::getId)
                .orElseThrow(() -> new NotFoundException("no contract report for process " + processInstanceId));
    }

    /** A stored report by its id, as the API lists it. */
    @Transactional(readOnly = true)
    public StoredReport stored(long id) {
        return view(get(id));
    }

    public void release(long id, String summary, String improvements, String by) {
        get(id).release(summary, improvements, by, clock.instant());
    }

    public void returnWithRemarks(long id, String remarks, String by) {
        get(id).returnWithRemarks(remarks, by, clock.instant());
    }

    /** Acknowledged: the documents are written one last time, with the released texts, and kept as they are. */
    public void acknowledge(long id, String by) {
        ContractReport report = get(id);
        Caller system = Caller.system("report");
        if (report.getDocument() == ReportDocument.ASSESSMENT) {
            Assessment scored = assessments.draft(report.getContractCode(), report.period(), system);
            report.archive(by, clock.instant(), AssessmentDocuments.docx(scored, report.getSummary(),
                    report.getImprovements()), AssessmentDocuments.xlsx(scored));
            return;
        }
        PeriodReport figures = drafter.draft(report.getContractCode(), report.period(), system);
        report.archive(by, clock.instant(), ReportDocuments.docx(figures, report.getSummary(),
                report.getImprovements()), ReportDocuments.xlsx(figures));
    }

    @Transactional(readOnly = true)
    public boolean exists(String contractCode, ReportPeriod period) {
        return exists(contractCode, period, ReportDocument.REPORT);
    }

    @Transactional(readOnly = true)
    public boolean exists(String contractCode, ReportPeriod period, ReportDocument document) {
        return stored(contractCode, period, document).isPresent();
    }

    @Transactional(readOnly = true)
    public Optional<StoredReport> find(String contractCode, ReportPeriod period, ReportDocument document) {
        return stored(contractCode, period, document).map(ContractReports::view);
    }

    /** The contract's stored reports of that kind of period (e.g. the monthly ones), whatever their state. */
    @Transactional(readOnly = true)
    public List<StoredReport> reportsOf(String contractCode, ReportPeriod.Kind kind) {
        return reports.findByContractCodeAndDocumentAndKind(contractCode, ReportDocument.REPORT, kind).stream()
                .map(ContractReports::view).toList();
    }

    /** The stored reports of the contracts the caller may read, newest first. */
    @Transactional(readOnly = true)
    public List<StoredReport> visibleTo(Caller caller) {
        List<String> codes = contracts.visibleContracts(caller).stream()
                .filter(c -> ReportDrafter.mayRead(c, caller)).map(Contract::getCode).toList();
        return codes.isEmpty() ? List.of()
                : reports.findByContractCodeInOrderByDraftedAtDescIdDesc(codes).stream().map(ContractReports::view)
                .toList();
    }

    /** The archived documents, or empty while the report can still change. */
    @Transactional(readOnly = true)
    public Optional<byte[]> archived(String contractCode, ReportPeriod period, ReportDocument document,
                                     boolean docx) {
        return stored(contractCode, period, document)
                .filter(r -> r.getStatus() == ReportStatus.ARCHIVED)
                .map(r -> docx ? r.getArchivedDocx() : r.getArchivedXlsx());
    }

    /** The service manager's texts of a stored report (for a draft's documents). */
    @Transactional(readOnly = true)
    public String[] texts(String contractCode, ReportPeriod period, ReportDocument document) {
        return stored(contractCode, period, document)
                .map(r -> new String[] {r.getSummary(), r.getImprovements()}).orElse(new String[] {null, null});
    }

    private Optional<ContractReport> stored(String contractCode, ReportPeriod period, ReportDocument document) {
        return reports.findByContractCodeAndPeriodAndDocument(contractCode, period.name(), document);
    }

    private ContractReport get(long id) {
        return reports.findById(id).orElseThrow(() -> new NotFoundException("no contract report " + id));
    }

    private static StoredReport view(ContractReport r) {
        String file = "/api/reports/" + r.getContractCode() + "/" + r.getPeriod() + "/" + r.getDocument().file();
        return new StoredReport(r.getId(), r.getContractCode(), r.getPeriod(), r.getKind(), r.getDocument(),
                r.getDocument().title(r.period()), r.getStatus(),
                r.getStatus().label(), r.getRevision(), r.getSummary(), r.getImprovements(), r.getRemarks(),
                r.getDraftedAt(), r.getReleasedAt(), r.getReleasedBy(), r.getAcknowledgedAt(), r.getAcknowledgedBy(),
                file + ".docx", file + ".xlsx");
    }
}
