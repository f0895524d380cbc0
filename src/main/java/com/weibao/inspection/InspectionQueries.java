package com.weibao.inspection;

import com.weibao.cases.SupportCase;
import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.inspection.InspectionApi.CaseRef;
import com.weibao.inspection.InspectionApi.ContractInspections;
import com.weibao.inspection.InspectionApi.EventView;
import com.weibao.inspection.InspectionApi.FileView;
import com.weibao.inspection.InspectionApi.FindingView;
import com.weibao.inspection.InspectionApi.InspectionDetails;
import com.weibao.inspection.InspectionApi.InspectionSummary;
import com.weibao.inspection.InspectionApi.ItemView;
import com.weibao.inspection.InspectionApi.NextInspection;
import com.weibao.inspection.InspectionApi.PeriodSummary;
import com.weibao.inspection.InspectionApi.PlanPeriod;
import com.weibao.inspection.InspectionApi.PlanView;
import com.weibao.inspection.InspectionApi.Ref;
import com.weibao.inspection.InspectionApi.ResultView;
import com.weibao.inspection.InspectionApi.SignOffView;
import com.weibao.inspection.InspectionApi.SlotView;
import com.weibao.platform.security.Caller;
import com.weibao.platform.web.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads plans, inspections and summaries for the REST API, limited to the hospitals the caller may see. */
@Service
@Transactional(readOnly = true)
public class InspectionQueries {

    private final ContractService contracts;
    private final InspectionPlanRepository plans;
    private final InspectionRepository inspections;
    private final InspectionFileRepository files;
    private final InspectionService service;
    private final InspectionScheduling scheduling;
    private final InspectionSchedule schedule;
    private final Clock clock;

    InspectionQueries(ContractService contracts, InspectionPlanRepository plans, InspectionRepository inspections,
                      InspectionFileRepository files, InspectionService service, InspectionScheduling scheduling,
                      InspectionCalendar calendar, Clock clock) {
        this.contracts = contracts;
        this.plans = plans;
        this.inspections = inspections;
        this.files = files;
        this.service = service;
        this.scheduling = scheduling;
        this.schedule = new InspectionSchedule(calendar);
        this.clock = clock;
    }

    /** The contract's plans (next date, this year's slots, checklist) and its inspections, newest first. */
    public ContractInspections ofContract(String contractCode, Caller caller) {
        Contract contract = contracts.visibleContract(contractCode, caller);
        List<Inspection> all = inspections.findByContractOrderByRequestedAtDescIdDesc(contract);
        LocalDate today = today();
        ReportingPeriod year = ReportingPeriod.parse(String.valueOf(today.getYear()));
        List<PlanView> planViews = plans.findByContractCode(contract.getCode()).stream().map(p -> new PlanView(
                p.getCode(), p.getName(), p.getFrequency(), p.getFrequency().label(), p.getPerYear(),
                List.copyOf(p.getAgreedDates()), p.getWindowWorkingDays(), p.signOffDepartmentList(),
                p.isFilledWithUser(), p.getDescription(),
                scheduling.nextSlot(contract.getCode(), p.getCode(), null).map(s -> new NextInspection(s.slot().date(),
                        s.slot().periodLabel(), s.slot().dueDate(), s.startAt())).orElse(null),
                slots(p, year, all, today), p.getItems().stream().map(InspectionQueries::item).toList())).toList();
        return new ContractInspections(new Ref(contract.getCode(), contract.getName()), hospital(contract), planViews,
                all.stream().map(InspectionQueries::summary).toList());
    }

    public InspectionDetails details(long id, Caller caller) {
        Inspection i = service.visible(id, caller);
        List<FileView> fileViews = files.listOf(i).stream().map(f -> file(i, f)).toList();
        FileView report = fileViews.stream().filter(f -> f.kind() != InspectionFileKind.ATTACHMENT)
                .reduce((first, second) -> second).orElse(null);
        List<Department> pending = i.getStatus() == InspectionStatus.AWAITING_SIGN_OFF && i.getReportVersion() > 0
                ? i.requiredDepartments().stream().filter(d -> i.decisionOf(d).isEmpty()).toList() : List.of();
        return new InspectionDetails(i.getId(), i.getReference(), i.title(),
                new Ref(i.getContract().getCode(), i.getContract().getName()), hospital(i.getContract()),
                new Ref(i.getPlan().getCode(), i.getPlan().getName()), i.getTrigger(), i.getPeriodLabel(),
                i.getSlotDate(), i.getDueDate(), i.getStatus(), i.getReason(), i.getRequestedBy(), i.getRequestedAt(),
                caller.isVendorStaff() ? i.getProcessInstanceId() : null, i.getOverdueSince(), i.getEscalatedAt(),
                i.getPerformedBy(), i.getPerformedAt(), i.getHospitalParticipants(), i.getSuggestions(),
                i.getResults().stream().map(InspectionQueries::result).toList(), report, fileViews,
                i.requiredDepartments(), pending,
                i.getSignOffs().stream().map(s -> new SignOffView(s.getReportVersion(), s.getDepartment(),
                        s.getDepartment().label(), s.getDecision(), s.getReason(), s.getDecidedBy(),
                        s.getDecidedAt())).toList(),
                i.getArchivedAt(),
                i.getHistory().stream().map(e -> new EventView(e.getOccurredAt(), e.getActor(), e.getType(),
                        e.getDetail())).toList());
    }

    /** Where to download the latest report version, if one was written. */
    public Optional<String> latestReportHref(long id) {
        return files.listOf(service.get(id)).stream().filter(f -> f.kind() == InspectionFileKind.REPORT)
                .reduce((first, second) -> second).map(f -> "/api/inspections/" + id + "/files/" + f.id());
    }

    public InspectionFile file(long id, long fileId, Caller caller) {
        Inspection inspection = service.visible(id, caller);
        InspectionFile file = files.findByIdAndInspection(fileId, inspection)
                .orElseThrow(() -> new NotFoundException("inspection " + id + " has no file " + fileId));
        file.getContent();
        return file;
    }

    /**
     * Inspections done against planned in a period (quarter, month or year), the findings of the period's
     * inspections, and the follow-up cases of the contract still open today.
     */
    public PeriodSummary summary(String contractCode, String periodText, Caller caller) {
        Contract contract = contracts.visibleContract(contractCode, caller);
        LocalDate today = today();
        ReportingPeriod period = periodText == null || periodText.isBlank() ? ReportingPeriod.quarterOf(today)
                : ReportingPeriod.parse(periodText);
        List<Inspection> all = inspections.findByContractOrderByRequestedAtDescIdDesc(contract);
        List<Inspection> inPeriod = all.stream().filter(i -> period.contains(i.getSlotDate() != null
                ? i.getSlotDate() : LocalDate.ofInstant(i.getRequestedAt(), InspectionSchedule.ZONE))).toList();
        List<PlanPeriod> planPeriods = new ArrayList<>();
        int planned = 0;
        int done = 0;
        int signed = 0;
        int missed = 0;
        for (InspectionPlan plan : plans.findByContractCode(contract.getCode())) {
            List<SlotView> slots = slots(plan, period, all, today);
            List<Inspection> ofPlan = inPeriod.stream().filter(i -> i.getPlan().getId().equals(plan.getId())).toList();
            int planDone = (int) ofPlan.stream().filter(i -> i.getTrigger() == InspectionTrigger.SCHEDULED
                    && i.isPerformed()).count();
            int planSigned = (int) ofPlan.stream().filter(i -> i.getTrigger() == InspectionTrigger.SCHEDULED
                    && i.getStatus() == InspectionStatus.ARCHIVED).count();
            int planMissed = (int) slots.stream().filter(s -> s.state().equals(SlotState.MISSED.name())).count();
            planPeriods.add(new PlanPeriod(plan.getCode(), plan.getName(), plan.getFrequency(), slots.size(), planDone,
                    planSigned, planMissed, slots));
            planned += slots.size();
            done += planDone;
            signed += planSigned;
            missed += planMissed;
        }
        int onDemand = (int) inPeriod.stream().filter(i -> i.getTrigger() == InspectionTrigger.ON_DEMAND).count();
        List<FindingView> findings = inPeriod.stream().sorted((a, b) -> Long.compare(a.getId(), b.getId()))
                .flatMap(i -> i.findings().stream()).map(InspectionQueries::finding).toList();
        Map<String, FindingView> open = new LinkedHashMap<>();
        for (InspectionResult r : inspections.followUpsOf(contract)) {
            if (r.getFollowUpCase().getStatus().isOpen()) {
                open.putIfAbsent(r.getFollowUpCase().getNumber(), finding(r));
            }
        }
        return new PeriodSummary(new Ref(contract.getCode(), contract.getName()), hospital(contract), period.name(),
                period.from(), period.to(), planned, done, signed, missed, onDemand, planPeriods, findings,
                List.copyOf(open.values()));
    }

    /** How many of the contract's inspections wait for the hospital's signatures (any period). */
    public long awaitingSignOff(String contractCode, Caller caller) {
        return inspections.countByContractAndStatus(contracts.visibleContract(contractCode, caller),
                InspectionStatus.AWAITING_SIGN_OFF);
    }

    private List<SlotView> slots(InspectionPlan plan, ReportingPeriod period, List<Inspection> all, LocalDate today) {
        return schedule.slots(plan, period.from(), period.to()).stream().map(s -> {
            Optional<Inspection> done = all.stream().filter(i -> i.getPlan().getId().equals(plan.getId())
                    && s.date().equals(i.getSlotDate())).findFirst();
            String state = done.map(i -> i.getStatus().name())
                    .orElse((s.dueDate().isBefore(today) ? SlotState.MISSED : SlotState.PLANNED).name());
            return new SlotView(s.date(), s.periodLabel(), s.dueDate(), state, done.map(Inspection::getId).orElse(null));
        }).toList();
    }

    private static InspectionSummary summary(Inspection i) {
        return new InspectionSummary(i.getId(), i.getReference(), i.getPlan().getCode(), i.title(), i.getTrigger(),
                i.getPeriodLabel(), i.getSlotDate(), i.getDueDate(), i.getStatus(), i.getOverdueSince() != null,
                i.getPerformedBy(), i.getPerformedAt(), i.findings().size(), i.getReportVersion(), i.getArchivedAt(),
                "/api/inspections/" + i.getId());
    }

    private static ItemView item(ChecklistItem item) {
        return new ItemView(item.getCode(), item.getSection(), item.getSystemCode(), item.getName(), item.getKind(),
                item.getUnit(), item.criterion(), item.getFollowUpPriority(), item.getHint());
    }

    private static ResultView result(InspectionResult r) {
        return new ResultView(r.getItemCode(), r.getSection(),
                r.getSystem() == null ? null : new Ref(r.getSystem().getCode(), r.getSystem().getName()),
                r.getItemName(), r.getKind(), r.getUnit(), r.criterion(), r.getOutcome(),
                r.getMeasuredValue() == null ? null : new java.math.BigDecimal(Numbers.plain(r.getMeasuredValue())),
                r.isRecorded() ? r.finding() : null, r.getNote(), r.isFailed(), caseRef(r.getFollowUpCase()));
    }

    private static FindingView finding(InspectionResult r) {
        return new FindingView(r.getInspection().getId(), r.getInspection().getReference(), r.getItemCode(),
                r.getItemName(), r.finding(), r.criterion(), caseRef(r.getFollowUpCase()));
    }

    private static CaseRef caseRef(SupportCase c) {
        return c == null ? null : new CaseRef(c.getNumber(), c.getStatus(), c.getPriority(), "/api/cases/" + c.getNumber());
    }

    private static FileView file(Inspection i, InspectionFileInfo f) {
        return new FileView(f.id(), f.kind(), f.itemCode(), f.reportVersion(), f.fileName(), f.contentType(), f.size(),
                f.createdAt(), f.createdBy(), "/api/inspections/" + i.getId() + "/files/" + f.id());
    }

    private static Ref hospital(Contract c) {
        return new Ref(c.getHospital().getCode(), c.getHospital().getName());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), InspectionSchedule.ZONE);
    }
}
