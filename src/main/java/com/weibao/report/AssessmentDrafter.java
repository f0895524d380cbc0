package com.weibao.report;

import com.weibao.cases.CaseFacts;
import com.weibao.cases.CaseReportQueries;
import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.inspection.InspectionApi.PeriodSummary;
import com.weibao.inspection.InspectionQueries;
import com.weibao.platform.security.Caller;
import com.weibao.platform.web.InvalidRequestException;
import com.weibao.quality.QualityQueries;
import com.weibao.report.AssessmentCalculator.Complained;
import com.weibao.report.AssessmentCalculator.MonthDue;
import com.weibao.report.AssessmentCalculator.Rated;
import com.weibao.report.AssessmentCriteria.Definition;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores a contract's maintenance assessment (维保考核) for a quarter or a year, for a caller who may read its reports
 * (another hospital's contract: 404, a clinical department: 403): the period report's SLA figures, the inspection
 * slots, the monthly reports' review states, the quality module's ratings (confirmation and callback) and its
 * complaints (cases reported as 投诉 and complaints filed otherwise), weighed by the contract's criteria and graded by the decision table.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentDrafter {

    private final ContractService contracts;
    private final ReportDrafter reports;
    private final CaseReportQueries cases;
    private final InspectionQueries inspections;
    private final QualityQueries quality;
    private final ContractReportRepository stored;
    private final AssessmentCriteria criteria;
    private final AssessmentGrading grading;
    private final Clock clock;

    AssessmentDrafter(ContractService contracts, ReportDrafter reports, CaseReportQueries cases,
                      InspectionQueries inspections, QualityQueries quality, ContractReportRepository stored,
                      AssessmentCriteria criteria, AssessmentGrading grading, Clock clock) {
        this.contracts = contracts;
        this.reports = reports;
        this.cases = cases;
        this.inspections = inspections;
        this.quality = quality;
        this.stored = stored;
        this.criteria = criteria;
        this.grading = grading;
        this.clock = clock;
    }

    public Assessment draft(String contractCode, ReportPeriod period, Caller caller) {
        PeriodReport report = reports.draft(contractCode, period, caller);
        Contract contract = contracts.visibleContract(report.header().contractCode(), caller);
        Definition definition = definitionFor(contract.getCode(), period);
        List<CaseFacts> facts = cases.casesOf(contract.getCode(), period.from(), period.to());
        PeriodSummary slots = inspections.summary(contract.getCode(), period.name(), caller);
        List<Rated> ratings = quality.satisfaction(contract.getCode(), period.first(), period.last(), caller)
                .ratings().stream().map(r -> new Rated(r.caseNumber(), r.source().label(), r.rating())).toList();
        // a case reported as 投诉 counts as its complaint (facts); the others are the complaints filed without one
        List<Complained> filed = report.complaints().stream().filter(v -> v.complaintCase() == null)
                .map(v -> new Complained(v.reference(), v.about(), v.filedAt(), v.status()
                        + (v.outcome().isEmpty() ? "" : "（" + (v.outcome().startsWith("属实") ? "属实" : "不属实") + "）")))
                .toList();
        return AssessmentCalculator.calculate(new AssessmentCalculator.Facts(report.header(), definition.criteria(),
                report.sla(), report.breaches(), facts, slots, ratings, monthsDue(contract, period), filed), grading);
    }

    /** The contract's criteria, if its assessment is made for that kind of period (400 otherwise). */
    Definition definitionFor(String contractCode, ReportPeriod period) {
        Definition definition = criteria.of(contractCode);
        if (!definition.periods().contains(period.kind())) {
            throw InvalidRequestException.of("period", "本合同的维保考核按"
                    + definition.periods().stream().map(k -> k == ReportPeriod.Kind.YEAR ? "年度" : "季度")
                    .collect(Collectors.joining("或")) + "进行，不能按" + period.kind().label() + "的期间考核");
        }
        return definition;
    }

    /** The months of the period within the contract's term that have ended by today, with their report's state. */
    private List<MonthDue> monthsDue(Contract contract, ReportPeriod period) {
        LocalDate today = LocalDate.now(clock.withZone(ReportPeriod.ZONE));
        Map<String, ReportStatus> states = stored.findByContractCodeAndDocumentAndKind(contract.getCode(),
                        ReportDocument.REPORT, ReportPeriod.Kind.MONTH).stream()
                .collect(Collectors.toMap(ContractReport::getPeriod, ContractReport::getStatus));
        List<MonthDue> due = new ArrayList<>();
        YearMonth last = YearMonth.from(period.last());
        for (YearMonth m = YearMonth.from(period.first()); !m.isAfter(last); m = m.plusMonths(1)) {
            boolean inTerm = (contract.getStartDate() == null || !contract.getStartDate().isAfter(m.atEndOfMonth()))
                    && (contract.getEndDate() == null || !contract.getEndDate().isBefore(m.atDay(1)));
            if (inTerm && m.atEndOfMonth().isBefore(today)) {
                ReportPeriod month = ReportPeriod.parse(m.toString());
                due.add(new MonthDue(month, states.get(month.name())));
            }
        }
        return due;
    }
}
