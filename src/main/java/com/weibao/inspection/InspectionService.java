package com.weibao.inspection;

import com.weibao.cases.Channel;
import com.weibao.cases.NewCase;
import com.weibao.cases.Reporter;
import com.weibao.cases.SupportCase;
import com.weibao.cases.SupportCaseService;
import com.weibao.contract.Category;
import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.platform.security.Caller;
import com.weibao.platform.security.Roles;
import com.weibao.platform.web.FieldViolation;
import com.weibao.platform.web.InvalidRequestException;
import com.weibao.platform.web.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of an inspection, from the request to the archive. Engine-free: the inspection process calls
 * in through delegates and listeners; REST and the schedule start inspections through {@link InspectionWorkflow}.
 */
@Service
@Transactional
public class InspectionService {

    static final String ACTOR = "inspection";
    private static final int REASON_MAX = 2000;
    private static final Set<String> FILE_TYPES_REFUSED = Set.of("text/html", "application/javascript",
            "image/svg+xml", "application/xhtml+xml");
    private static final java.util.regex.Pattern MEDIA_TYPE = java.util.regex.Pattern.compile("^[\\w.+-]+/[\\w.+-]+$");

    private final InspectionRepository inspections;
    private final InspectionPlanRepository plans;
    private final InspectionFileRepository files;
    private final ContractService contracts;
    private final InspectionWorkflow workflow;
    private final InspectionSchedule schedule;
    private final SupportCaseService cases;
    private final InspectorDirectory inspectors;
    private final InspectionReports reports;
    private final InspectionNotices notices;
    private final Clock clock;

    InspectionService(InspectionRepository inspections, InspectionPlanRepository plans, InspectionFileRepository files,
                      ContractService contracts, InspectionWorkflow workflow, InspectionCalendar calendar,
                      SupportCaseService cases, InspectorDirectory inspectors, InspectionReports reports,
                      InspectionNotices notices, Clock clock) {
        this.inspections = inspections;
        this.plans = plans;
        this.files = files;
        this.contracts = contracts;
        this.workflow = workflow;
        this.schedule = new InspectionSchedule(calendar);
        this.cases = cases;
        this.inspectors = inspectors;
        this.reports = reports;
        this.notices = notices;
        this.clock = clock;
    }

    /** A supervisor or the hospital's IT department asks for an inspection now (REST). */
    public Inspection requestNow(String contractCode, String planCode, String reason, Caller caller) {
        if (!blank(contractCode)) {
            Contract contract = contracts.visibleContract(contractCode.strip(), caller);
            if (!mayRequest(caller, contract)) {
                throw new AccessDeniedException("inspections on demand are started by team leads, service managers "
                        + "or the hospital's IT department");
            }
        }
        InspectionRequest request = new InspectionRequest(contractCode, planCode, InspectionTrigger.ON_DEMAND, null,
                reason, caller.userId());
        check(request, Optional.of(caller));
        return load(workflow.start(request));
    }

    /** The process's first step: the inspection with a copy of the plan's checklist. */
    public Inspection register(InspectionRequest request, String processInstanceId, Optional<Caller> starter) {
        InspectionPlan plan = check(request, starter);
        LocalDate today = today();
        Inspection inspection;
        if (request.trigger() == InspectionTrigger.SCHEDULED) {
            PlannedSlot slot = schedule.slots(plan, request.slotDate(), request.slotDate()).stream().findFirst()
                    .orElseThrow(() -> InvalidRequestException.of("slotDate", request.slotDate()
                            + " is not a date of plan " + plan.getCode()));
            inspection = new Inspection(plan, InspectionTrigger.SCHEDULED, slot.date(), slot.periodLabel(),
                    slot.dueDate(), request.reason(), request.requestedBy(), clock.instant());
        } else {
            inspection = new Inspection(plan, InspectionTrigger.ON_DEMAND, null, "临时巡检（" + today + "）",
                    schedule.dueDate(plan, today), blankToNull(request.reason()), request.requestedBy(),
                    clock.instant());
        }
        inspection.bindProcess(processInstanceId);
        return inspections.save(inspection);
    }

    @Transactional(readOnly = true)
    public Deadlines deadlines(long inspectionId) {
        Inspection inspection = load(inspectionId);
        return schedule.deadlines(inspection.getPlan(), inspection.getDueDate(), clock.instant());
    }

    /** The checklist as submitted; returns how many failed items still need a follow-up case. */
    public int recordResults(long inspectionId, List<ItemEntry> entries, String participants, String suggestions,
                             String actor) {
        Inspection inspection = load(inspectionId);
        return inspection.recordResults(entries, participants, suggestions,
                item -> files.countItemFiles(inspection, item), actor, clock.instant()).size();
    }

    /**
     * A follow-up case (FAULT, channel INSPECTION, the item's level) for each failed item; an item whose case from
     * an earlier inspection is still open gets a note on that case instead of a second case.
     */
    public List<SupportCase> raiseFollowUps(long inspectionId) {
        Inspection inspection = load(inspectionId);
        List<SupportCase> raised = new ArrayList<>();
        for (InspectionResult finding : inspection.newFindings()) {
            Optional<SupportCase> open = inspections.earlierFollowUps(inspection.getContract(), finding.getItemCode(),
                            inspection.getId()).stream().map(InspectionResult::getFollowUpCase)
                    .filter(c -> c.getStatus().isOpen()).findFirst();
            if (open.isPresent()) {
                cases.addNote(open.get().getNumber(), "巡检 " + inspection.getReference() + "（" + inspection.title()
                        + "）再次发现：" + describe(finding), false, Channel.INSPECTION, Caller.system(ACTOR));
                inspection.followUp(finding.getItemCode(), open.get(), false, ACTOR, clock.instant());
                continue;
            }
            Reporter reporter = reporter(inspection);
            NewCase newCase = new NewCase(inspection.getContract().getCode(),
                    finding.getSystem() == null ? null : finding.getSystem().getCode(), reporter, Channel.INSPECTION,
                    Category.FAULT, null, truncate("巡检发现异常：" + finding.getItemName() + "（" + finding.finding()
                    + "）", 500), "巡检 " + inspection.getReference() + "（" + inspection.title() + "）发现异常。\n"
                    + describe(finding), clock.instant(), finding.getFollowUpPriority(), ACTOR);
            SupportCase supportCase = cases.submit(newCase, Caller.system(ACTOR));
            inspection.followUp(finding.getItemCode(), supportCase, true, ACTOR, clock.instant());
            raised.add(supportCase);
        }
        return raised;
    }

    /** The next report version from the results, for the hospital to sign; the signing departments are told. */
    public int writeReport(long inspectionId, String actor) {
        Inspection inspection = load(inspectionId);
        reports.writeVersion(inspection, actor);
        notices.reportReady(inspection, inspection.getReportVersion());
        return inspection.getReportVersion();
    }

    public void remindDueSoon(long inspectionId) {
        Inspection inspection = load(inspectionId);
        if (inspection.getStatus() == InspectionStatus.IN_PROGRESS) {
            inspection.reminded(ACTOR, clock.instant());
            notices.dueSoon(inspection);
        }
    }

    public void markOverdue(long inspectionId) {
        Inspection inspection = load(inspectionId);
        if (inspection.markOverdue(ACTOR, clock.instant())) {
            notices.overdue(inspection);
        }
    }

    public void escalateOverdue(long inspectionId) {
        Inspection inspection = load(inspectionId);
        if (inspection.escalate(ACTOR, clock.instant())) {
            notices.escalated(inspection);
        }
    }

    /**
     * The sign-off of the department whose group the task was for; a rejection goes back to the engineer. Only a
     * member of that department signs for it ({@code signer} is empty when no person drives the engine).
     */
    public void signOff(long inspectionId, String groupId, SignOffDecision decision, String reason, String actor,
                        Optional<Caller> signer) {
        if (decision == null) {
            throw InvalidRequestException.of("signOffDecision", "sign the report (SIGNED) or send it back (REJECTED)");
        }
        if (reason != null && reason.length() > REASON_MAX) {
            throw InvalidRequestException.of("signOffReason", "is longer than " + REASON_MAX + " characters");
        }
        Inspection inspection = load(inspectionId);
        Department department = Department.ofGroup(groupId, inspection.hospitalCode())
                .orElseThrow(() -> new IllegalStateException("group " + groupId + " signs for no department of "
                        + inspection.hospitalCode()));
        if (signer.isPresent() && !signer.get().inGroup(groupId)) {
            throw InvalidRequestException.of("signOffDecision", actor + " is not a member of the "
                    + department.label() + " (" + groupId + "): each department signs in its own Tasklist");
        }
        inspection.signOff(department, decision, reason, actor, clock.instant());
        if (decision == SignOffDecision.REJECTED) {
            notices.reportRejected(inspection, inspection.rejectionsOfLastVersion());
        }
    }

    @Transactional(readOnly = true)
    public boolean isFullySigned(long inspectionId) {
        return load(inspectionId).isFullySigned();
    }

    /** Fully signed: the signed report is filed and the inspection archived, unchangeable from now on. */
    public void archive(long inspectionId, String actor) {
        Inspection inspection = load(inspectionId);
        inspection.archive(actor, clock.instant());
        reports.writeSigned(inspection, actor);
    }

    /** A photo or file for an item (or the whole inspection), by the vendor's staff, before archiving. */
    public InspectionFile addFile(long inspectionId, String itemCode, String fileName, String contentType,
                                  byte[] content, Caller caller) {
        Inspection inspection = visible(inspectionId, caller);
        if (!caller.isVendorStaff()) {
            throw new AccessDeniedException("files are added by the vendor's engineers");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (content == null || content.length == 0) {
            violations.add(new FieldViolation("file", "is empty"));
        }
        if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
            violations.add(new FieldViolation("file", "needs a file name of at most 255 characters"));
        }
        String type = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        if (!MEDIA_TYPE.matcher(type).matches()) {
            violations.add(new FieldViolation("file", "'" + type + "' is not a media type"));
        } else if (FILE_TYPES_REFUSED.contains(type.toLowerCase())) {
            violations.add(new FieldViolation("file", type + " is not accepted; send a photo, PDF or office document"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        String item = blankToNull(itemCode);
        inspection.fileAdded(fileName, item, caller.userId(), clock.instant());
        return files.save(new InspectionFile(inspection, InspectionFileKind.ATTACHMENT, item, null, fileName, type,
                content, clock.instant(), caller.userId()));
    }

    /** Files uploaded for a checklist item so far. */
    @Transactional(readOnly = true)
    public int filesOfItem(long inspectionId, String itemCode) {
        return files.countItemFiles(load(inspectionId), itemCode);
    }

    @Transactional(readOnly = true)
    public Inspection get(long inspectionId) {
        return load(inspectionId);
    }

    /**
     * The id of the inspection a process instance works on. The inspection process's steps find it this way, by the
     * engine's own id of the instance they run in, never by a process variable a user could set.
     */
    @Transactional(readOnly = true)
    public long idOfProcess(String processInstanceId) {
        return inspections.findByProcessInstanceId(processInstanceId).map(Inspection::getId)
                .orElseThrow(() -> new NotFoundException("no inspection of process instance " + processInstanceId));
    }

    /** The inspection if the caller may see its hospital; otherwise 404, the same as when it does not exist. */
    @Transactional(readOnly = true)
    public Inspection visible(long inspectionId, Caller caller) {
        return inspections.findById(inspectionId).filter(i -> caller.canSeeHospital(i.hospitalCode()))
                .orElseThrow(() -> new NotFoundException("no inspection " + inspectionId));
    }

    /** Who may ask for an inspection now: team leads, service managers, and the hospital's own IT department. */
    static boolean mayRequest(Caller caller, Contract contract) {
        return caller.isAdmin() || caller.inGroup(Roles.LEADS) || caller.inGroup(Roles.MANAGERS)
                || caller.inGroup(Roles.hospitalItGroup(contract.getHospital().getCode()));
    }

    /**
     * The request's plan, if the request is valid and the caller (when a person starts it) may ask for it. A
     * contract the caller may not see is "unknown", the same as one that does not exist.
     */
    private InspectionPlan check(InspectionRequest request, Optional<Caller> caller) {
        if (blank(request.contractCode())) {
            throw InvalidRequestException.of("contract", "is required");
        }
        Caller viewer = caller.orElse(Caller.system(ACTOR));
        Contract contract = contracts.findVisible(request.contractCode().strip(), viewer)
                .orElseThrow(() -> InvalidRequestException.of("contract", "unknown contract '"
                        + request.contractCode() + "'"));
        if (caller.isPresent() && !mayRequest(viewer, contract)) {
            throw InvalidRequestException.of("contract", caller.get().userId() + " may not start inspections of "
                    + contract.getCode() + ": team leads, service managers or the hospital's IT department do");
        }
        if (request.reason() != null && request.reason().length() > REASON_MAX) {
            throw InvalidRequestException.of("reason", "is longer than " + REASON_MAX + " characters");
        }
        List<InspectionPlan> contractPlans = plans.findByContractCode(contract.getCode());
        if (contractPlans.isEmpty()) {
            throw InvalidRequestException.of("contract", "contract '" + contract.getCode() + "' has no inspection plan");
        }
        if (blank(request.planCode())) {
            return contractPlans.get(0);
        }
        return contractPlans.stream().filter(p -> p.getCode().equals(request.planCode().strip())).findFirst()
                .orElseThrow(() -> InvalidRequestException.of("plan", "unknown plan '" + request.planCode()
                        + "'; contract " + contract.getCode() + " has " + contractPlans.stream()
                        .map(InspectionPlan::getCode).toList()));
    }

    /** The inspecting engineer; reached through the hospital's contact when the engineer has no e-mail. */
    private Reporter reporter(Inspection inspection) {
        Reporter engineer = inspectors.reporter(inspection.getPerformedBy(), "巡检 " + inspection.getReference());
        if (engineer.getEmail() != null || engineer.getPhone() != null) {
            return engineer;
        }
        var hospital = inspection.getContract().getHospital();
        return new Reporter(engineer.getName(), hospital.getContactPhone(), hospital.getContactEmail(),
                engineer.getDepartment());
    }

    private static String describe(InspectionResult r) {
        StringBuilder text = new StringBuilder(r.getItemCode()).append(" ").append(r.getItemName())
                .append("：结果 ").append(r.finding()).append("，标准 ").append(r.criterion());
        if (r.getNote() != null) {
            text.append("。说明：").append(r.getNote());
        }
        return text.toString();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), InspectionSchedule.ZONE);
    }

    private Inspection load(long inspectionId) {
        return inspections.findById(inspectionId)
                .orElseThrow(() -> new NotFoundException("no inspection with id " + inspectionId));
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
