package com.weibao.report;

import com.weibao.cases.CaseFacts;
import com.weibao.cases.CaseReportQueries;
import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.inspection.InspectionApi.PeriodSummary;
import com.weibao.inspection.InspectionQueries;
import com.weibao.platform.security.Caller;
import com.weibao.platform.security.Roles;
import com.weibao.report.PeriodReport.Header;
import com.weibao.quality.ComplaintService;
import com.weibao.quality.QualityQueries;
import com.weibao.quality.SatisfactionSource;
import com.weibao.report.PeriodReport.ComplaintRow;
import com.weibao.report.PeriodReport.InspectionFigures;
import com.weibao.report.PeriodReport.SatisfactionFigures;
import com.weibao.sla.SlaReportQueries;
import com.weibao.sla.TargetFacts;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts a contract's period report from what the cases, SLA, inspection and quality (callback ratings) modules keep, for a caller who may see
 * the contract (another hospital's contract: 404) and reads its reports (a clinical department: 403).
 */
@Service
@Transactional(readOnly = true)
public class ReportDrafter {

    private final ContractService contracts;
    private final CaseReportQueries cases;
    private final SlaReportQueries sla;
    private final InspectionQueries inspections;
    private final QualityQueries quality;
    private final ComplaintService complaints;
    private final Clock clock;
    private final String vendor;

    ReportDrafter(ContractService contracts, CaseReportQueries cases, SlaReportQueries sla,
                  InspectionQueries inspections, QualityQueries quality, ComplaintService complaints, Clock clock,
                  @Value("${weibao.report.vendor:Weibao 维保服务台}") String vendor) {
        this.contracts = contracts;
        this.cases = cases;
        this.sla = sla;
        this.inspections = inspections;
        this.quality = quality;
        this.complaints = complaints;
        this.clock = clock;
        this.vendor = vendor;
    }

    /** The vendor's staff and the hospital's IT department (who sign it); not the clinical departments. */
    static boolean mayRead(Contract contract, Caller caller) {
        return caller.isAdmin() || caller.isVendorStaff()
                || caller.inGroup(Roles.hospitalItGroup(contract.getHospital().getCode()));
    }

    /**
     * The contract a team lead or service manager drafts a report of (another hospital's contract: 404, anybody else:
     * 403).
     */
    Contract contractToDraft(String contractCode, Caller caller) {
        Contract contract = contracts.visibleContract(contractCode, caller);
        if (!caller.isAdmin() && !caller.inGroup(Roles.LEADS) && !caller.inGroup(Roles.MANAGERS)) {
            throw new AccessDeniedException("reports are drafted by team leads and service managers");
        }
        return contract;
    }

    public PeriodReport draft(String contractCode, ReportPeriod period, Caller caller) {
        Contract contract = contracts.visibleContract(contractCode, caller);
        if (!mayRead(contract, caller)) {
            throw new AccessDeniedException("contract reports are for the vendor's staff and the hospital's IT "
                    + "department");
        }
        List<CaseFacts> facts = cases.casesOf(contract.getCode(), period.from(), period.to());
        List<TargetFacts> targets = sla.targetsOf(facts.stream().map(CaseFacts::id).toList());
        PeriodSummary s = inspections.summary(contract.getCode(), period.name(), caller);
        InspectionFigures inspected = new InspectionFigures(s.planned(), s.done(), s.signed(), s.missed(),
                s.onDemand(), s.findings().size(), s.openFollowUps().size());
        Header header = new Header(vendor, contract.getCode(), contract.getName(), contract.getHospital().getCode(),
                contract.getHospital().getName(), period, clock.instant());
        QualityQueries.Counts callbacks = quality.satisfaction(contract.getCode(), period.first(), period.last(), caller)
                .bySource().get(SatisfactionSource.CALLBACK);
        List<ComplaintRow> filed = complaints.list(contract.getCode(), period.first(), period.last(), caller)
                .complaints().stream().map(v -> new ComplaintRow(v.reference(), v.about(), v.channel().label(),
                        v.filedAt(), v.status().label(), v.substantiated() == null ? "" : v.substantiated()
                        ? "属实" + (v.measures() == null ? "" : "：" + v.measures()) : "不属实",
                        v.answeredLate(), v.complaintCase())).toList();
        return PeriodReportCalculator.calculate(header, facts, targets, inspected)
                .withSatisfaction(new SatisfactionFigures(SatisfactionSource.CALLBACK.label(),
                        (int) callbacks.excellent(), (int) callbacks.good(), (int) callbacks.poor(), null))
                .withComplaints(filed);
    }
}
