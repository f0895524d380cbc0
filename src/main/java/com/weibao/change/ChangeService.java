package com.weibao.change;

import com.weibao.cases.CaseApi.CaseDetails;
import com.weibao.cases.CaseQueries;
import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.contract.ServiceWindow;
import com.weibao.contract.ServiceWindowDefinition;
import com.weibao.notify.NotificationRequest;
import com.weibao.notify.Notifications;
import com.weibao.notify.Recipient;
import com.weibao.platform.files.StoredFile;
import com.weibao.platform.security.Caller;
import com.weibao.platform.security.Roles;
import com.weibao.platform.web.FieldViolation;
import com.weibao.platform.web.InvalidRequestException;
import com.weibao.platform.web.NotFoundException;
import com.weibao.sla.WorkingTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of a change: created by the vendor (from a case or on its own), reviewed by the vendor, approved by
 * the hospital's IT department (before, or for an emergency change after, implementation), scheduled on the
 * hospital's calendar outside the system's opening hours, implemented, verified by the hospital, rolled back when it
 * fails; a completed change writes the covered system's version history.
 */
@Service
@Transactional
public class ChangeService {

    /** The contract's service window that holds the hospital's opening hours, if it names one. */
    static final String OPENING_HOURS_WINDOW = "hospital-open";
    /** How long before the window the implementer is reminded. */
    static final Duration REMIND_BEFORE = Duration.ofHours(24);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ChangeRepository changes;
    private final ChangeDocumentRepository documents;
    private final SystemVersionRepository versions;
    private final ReleaseRepository releases;
    private final ContractService contracts;
    private final CaseQueries cases;
    private final WorkingTime time;
    private final Notifications notifications;
    private final ChangeWorkflow workflow;
    private final Clock clock;

    ChangeService(ChangeRepository changes, ChangeDocumentRepository documents, SystemVersionRepository versions,
                  ReleaseRepository releases, ContractService contracts, CaseQueries cases, WorkingTime time, Notifications notifications,
                  ChangeWorkflow workflow, Clock clock) {
        this.changes = changes;
        this.documents = documents;
        this.versions = versions;
        this.releases = releases;
        this.contracts = contracts;
        this.cases = cases;
        this.time = time;
        this.notifications = notifications;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** A new change by the vendor's staff, for a contract the caller serves; its process starts with it. */
    public Change create(NewChange request, Caller caller) {
        if (!caller.isVendorStaff()) {
            throw new AccessDeniedException("changes are proposed by the vendor's staff");
        }
        List<FieldViolation> violations = new ArrayList<>();
        Contract contract = request.contract() == null ? null
                : contracts.findVisible(request.contract(), caller).orElse(null);
        if (contract == null) {
            violations.add(new FieldViolation("contract", "no contract '" + request.contract() + "'"));
        } else if (request.system() == null || contract.findSystem(request.system()).isEmpty()) {
            violations.add(new FieldViolation("system", "the contract covers no system '" + request.system() + "'"));
        }
        required(violations, "kind", request.kind());
        required(violations, "title", request.title());
        required(violations, "targetVersion", request.targetVersion());
        required(violations, "reason", request.reason());
        required(violations, "implementationPlan", request.implementationPlan());
        required(violations, "rollbackPlan", request.rollbackPlan());
        required(violations, "verificationPlan", request.verificationPlan());
        if (request.caseNumber() != null && contract != null) {
            try {
                CaseDetails linked = cases.details(request.caseNumber(), caller);
                if (linked.contract() == null || !contract.getCode().equals(linked.contract().code())) {
                    violations.add(new FieldViolation("caseNumber", "the case belongs to another contract"));
                }
            } catch (NotFoundException e) {
                violations.add(new FieldViolation("caseNumber", "no case '" + request.caseNumber() + "'"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        String current = request.currentVersion() != null ? request.currentVersion()
                : runningVersion(contract.getCode(), request.system()).orElse(null);
        Change change = new Change(contract.getCode(), contract.getHospital().getCode(), request.system(),
                request.kind(), request.title().strip(), current, request.targetVersion().strip(),
                request.reason().strip(), request.risk(), request.implementationPlan(), request.rollbackPlan(),
                request.verificationPlan(), Boolean.TRUE.equals(request.takesServiceDown()), request.implementer(),
                request.caseNumber(), caller.userId(), clock.instant());
        changes.saveAndFlush(change);
        change.numbered();
        change.startedAs(workflow.start(change));
        return change;
    }

    /** Billable or within the contract: the service manager decides; recorded, the hospital sees it. */
    public Change decideBillable(long id, boolean billable, String remarks, Caller caller) {
        Change change = visible(id, caller);
        if (!caller.inGroup(Roles.MANAGERS) && !caller.isAdmin()) {
            throw new AccessDeniedException("the service manager decides whether a change is billable");
        }
        change.decideBillable(billable, caller.userId());
        change.record(clock.instant(), caller.userId(), ChangeEventType.BILLABLE_DECIDED,
                (billable ? "收费变更" : "合同内变更") + (remarks == null ? "" : "：" + remarks));
        return change;
    }

    /** A document for the change (a plan, the upgrade list, a test report), by the vendor or the hospital's IT. */
    public ChangeDocument addDocument(long id, String kind, String fileName, String contentType, byte[] content,
                                      Caller caller) {
        Change change = visible(id, caller);
        if (!caller.isVendorStaff() && !isHospitalIt(caller, change)) {
            throw new AccessDeniedException("documents are added by the vendor or the hospital's IT department");
        }
        if (content == null || content.length == 0) {
            throw InvalidRequestException.of("file", "the file is empty");
        }
        String name = fileName == null || fileName.isBlank() ? "document" : fileName;
        ChangeDocument document = documents.save(new ChangeDocument(change, kind == null || kind.isBlank()
                ? "附件" : kind.strip(), new StoredFile(name, contentType == null ? "application/octet-stream"
                : contentType, content, clock.instant(), caller.userId())));
        change.record(clock.instant(), caller.userId(), ChangeEventType.DOCUMENT_ADDED, document.getKind() + "：" + name);
        return document;
    }

    // --- the process's steps ---

    /**
     * The start of the change's process binds it to the change: the change is stored (with its reference as the
     * process's business key, set by this service) before its process starts, and only a change not yet bound is
     * bound. From then on every step finds the change by {@link #idOfProcess}, never by a process variable.
     */
    public void bindProcess(String reference, String processInstanceId) {
        Change change = changes.findByReference(reference).filter(c -> c.getProcessInstanceId() == null
                        || c.getProcessInstanceId().equals(processInstanceId))
                .orElseThrow(() -> new IllegalStateException("no unbound change " + reference + " for process "
                        + processInstanceId));
        change.startedAs(processInstanceId);
    }

    @Transactional(readOnly = true)
    public long idOfProcess(String processInstanceId) {
        return changes.findByProcessInstanceId(processInstanceId).map(Change::getId)
                .orElseThrow(() -> new IllegalStateException("no change for process " + processInstanceId));
    }

    @Transactional(readOnly = true)
    public Change get(long id) {
        return changes.findById(id).orElseThrow(() -> new NotFoundException("no change " + id));
    }

    /** The vendor's review of a normal change: passed on to the hospital, or returned for revision. */
    public void review(long id, boolean passed, String remarks, Caller caller) {
        Change change = get(id);
        if (!caller.isApplication() && !caller.inGroup(Roles.LEADS) && !caller.inGroup(Roles.MANAGERS)
                && !caller.isAdmin()) {
            throw new AccessDeniedException("the vendor's review is done by team leads or service managers");
        }
        if (!passed && blank(remarks)) {
            throw InvalidRequestException.of("reviewRemarks", "请写明退回原因");
        }
        change.record(clock.instant(), caller.userId(), passed ? ChangeEventType.REVIEW_PASSED
                : ChangeEventType.REVIEW_RETURNED, remarks);
        change.moveTo(passed ? ChangeStatus.AWAITING_APPROVAL : ChangeStatus.IN_REVISION);
    }

    /**
     * The hospital IT department's decision, with remarks (required when refusing). Only the change's own
     * hospital's IT department decides. For an emergency change implemented first, recorded as approved afterwards.
     */
    public void approve(long id, boolean approved, String remarks, Caller caller) {
        Change change = get(id);
        if (!isHospitalIt(caller, change) && !caller.isAdmin()) {
            throw new AccessDeniedException("only the hospital's IT department approves its changes");
        }
        if (!approved && blank(remarks)) {
            throw InvalidRequestException.of("approvalRemarks", "请写明不同意的原因，以便厂商修改方案");
        }
        boolean after = change.getStatus() == ChangeStatus.AWAITING_APPROVAL_AFTER;
        ChangeEventType type = after ? (approved ? ChangeEventType.APPROVED_AFTER : ChangeEventType.REFUSED_AFTER)
                : (approved ? ChangeEventType.APPROVED : ChangeEventType.REFUSED);
        change.record(clock.instant(), caller.userId(), type, remarks);
        if (after) {
            if (approved) {
                change.approvedAfterImplementation();
            }
            change.moveTo(approved ? ChangeStatus.AWAITING_VERIFICATION : ChangeStatus.ROLLING_BACK);
        } else {
            change.moveTo(approved ? ChangeStatus.SCHEDULING : ChangeStatus.IN_REVISION);
        }
        if (!approved) {
            notify(change, Recipient.group(Roles.LEADS), "CHANGE_REFUSED", "变更未获院方批准：" + change.getTitle(),
                    "变更 " + change.getReference() + "（" + change.getTitle() + "）未获院方信息科批准：\n" + remarks
                            + "\n请修改方案后重新提交。");
        }
    }

    /** The vendor revises the plans after a refusal, a returned review or a rollback; empty fields stay as they were. */
    public void revise(long id, String implementationPlan, String rollbackPlan, String verificationPlan, String note,
                       Caller caller) {
        Change change = get(id);
        if (blank(note)) {
            throw InvalidRequestException.of("revisionNote", "请说明修改了什么");
        }
        change.revise(nonBlank(implementationPlan), nonBlank(rollbackPlan), nonBlank(verificationPlan));
        change.record(clock.instant(), caller.userId(), ChangeEventType.REVISED, note);
        change.resubmitted();
    }

    /**
     * The hospital sets or confirms the window. A window that takes the service down must lie outside the covered
     * system's opening hours (the contract's {@value #OPENING_HOURS_WINDOW} window, else its service desk window);
     * inside them it is refused unless a reason is given. Returns when the implementer is reminded.
     */
    public Instant schedule(long id, Instant start, Instant end, boolean takesServiceDown, String outageReason,
                            Caller caller) {
        Change change = get(id);
        if (!isHospitalIt(caller, change) && !caller.isAdmin()) {
            throw new AccessDeniedException("the hospital's IT department sets the window");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (start == null) {
            violations.add(new FieldViolation("windowStart", "请填写实施开始时间"));
        }
        if (end == null) {
            violations.add(new FieldViolation("windowEnd", "请填写实施结束时间"));
        }
        if (start != null && end != null && !end.isAfter(start)) {
            violations.add(new FieldViolation("windowEnd", "结束时间须晚于开始时间"));
        }
        if (start != null && start.isBefore(clock.instant())) {
            violations.add(new FieldViolation("windowStart", "实施时间不能早于现在"));
        }
        if (violations.isEmpty() && takesServiceDown && blank(outageReason)) {
            Optional<ServiceWindowDefinition> hours = openingHours(change.getContractCode());
            ServiceWindow open = hours.map(ServiceWindowDefinition::window).orElse(ServiceWindow.ALWAYS);
            if (!time.between(start, end, open).isZero()) {
                violations.add(new FieldViolation("windowStart", "停机窗口落在系统开放时间内（"
                        + hours.map(ServiceWindowDefinition::getDescription).orElse("7×24 开放")
                        + "）；请改到开放时间以外，或填写必须在此时间停机的原因"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("实施窗口不符合要求：" + violations.get(0).message(), violations);
        }
        change.schedule(start, end, takesServiceDown, nonBlank(outageReason));
        change.moveTo(ChangeStatus.SCHEDULED);
        change.record(clock.instant(), caller.userId(), ChangeEventType.SCHEDULED, shown(start) + " – " + shown(end)
                + (takesServiceDown ? "，停机" : "，不停机") + (blank(outageReason) ? "" : "；开放时间内停机原因："
                + outageReason));
        Instant remindAt = start.minus(REMIND_BEFORE);
        return remindAt.isBefore(clock.instant()) ? clock.instant() : remindAt;
    }

    /** Before the window: the implementer (else the engineers' leads) and the hospital's IT are reminded. */
    public void remind(long id) {
        Change change = get(id);
        String text = "变更 " + change.getReference() + "（" + change.getTitle() + "）将于 " + shown(change.getWindowStart())
                + " 开始实施，" + shown(change.getWindowEnd()) + " 结束。\n回退方案：\n" + change.getRollbackPlan();
        notify(change, change.getImplementer() == null ? Recipient.group(Roles.LEADS)
                : Recipient.user(change.getImplementer()), "CHANGE_WINDOW_SOON", "变更即将实施：" + change.getTitle(), text);
        notify(change, Recipient.group(Roles.hospitalItGroup(change.getHospitalCode())), "CHANGE_WINDOW_SOON",
                "变更即将实施：" + change.getTitle(), text);
        change.record(clock.instant(), "change", ChangeEventType.REMINDED, "已提醒实施人与院方信息科");
    }

    /** The window has come (or an emergency change starts at once). */
    public void startImplementation(long id) {
        get(id).moveTo(ChangeStatus.IMPLEMENTING);
    }

    /** The engineer's record of the steps done and the outcome. */
    public void recordImplementation(long id, String steps, boolean succeeded, Caller caller) {
        Change change = get(id);
        if (blank(steps)) {
            throw InvalidRequestException.of("implementationSteps", "请逐条记录实施步骤");
        }
        if (change.getImplementer() == null) {
            change.assignImplementer(caller.userId());
        }
        change.record(clock.instant(), caller.userId(), succeeded ? ChangeEventType.IMPLEMENTED
                : ChangeEventType.IMPLEMENTATION_FAILED, steps);
        if (!succeeded) {
            change.moveTo(ChangeStatus.ROLLING_BACK);
        } else if (change.getKind() == ChangeKind.EMERGENCY && !change.isApprovedAfterImplementation()) {
            change.moveTo(ChangeStatus.AWAITING_APPROVAL_AFTER);
        } else {
            change.moveTo(ChangeStatus.AWAITING_VERIFICATION);
        }
    }

    /** The hospital's verification (验收) of the result. */
    public void verify(long id, boolean accepted, String remarks, Caller caller) {
        Change change = get(id);
        if (!isHospitalIt(caller, change) && !caller.isAdmin()) {
            throw new AccessDeniedException("the hospital's IT department verifies its changes");
        }
        if (!accepted && blank(remarks)) {
            throw InvalidRequestException.of("verificationRemarks", "请写明验收不通过的原因");
        }
        change.record(clock.instant(), caller.userId(), accepted ? ChangeEventType.VERIFIED
                : ChangeEventType.VERIFICATION_REFUSED, remarks);
        change.moveTo(accepted ? ChangeStatus.AWAITING_VERIFICATION : ChangeStatus.ROLLING_BACK);
    }

    /**
     * The rollback as executed; then the change goes back to planning with a revised implementation plan (submitted
     * again for review and approval), or is abandoned.
     */
    public void recordRollback(long id, String steps, boolean replan, String revisedPlan, String note, Caller caller) {
        Change change = get(id);
        List<FieldViolation> violations = new ArrayList<>();
        if (blank(steps)) {
            violations.add(new FieldViolation("rollbackSteps", "请记录回退执行的步骤与结果"));
        }
        if (replan && blank(note)) {
            violations.add(new FieldViolation("revisionNote", "重新规划时请说明方案如何修改"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        change.record(clock.instant(), caller.userId(), ChangeEventType.ROLLED_BACK, steps + "\n→ "
                + (replan ? "重新制定方案" : "放弃变更"));
        if (replan) {
            change.revise(nonBlank(revisedPlan), null, null);
            change.record(clock.instant(), caller.userId(), ChangeEventType.REVISED, note);
            change.resubmitted();
        }
    }

    /** Verified: the covered system runs the target version from now on; the change is completed. */
    public SystemVersion complete(long id) {
        Change change = get(id);
        Instant now = clock.instant();
        SystemVersion version = versions.save(new SystemVersion(change, now, "change"));
        change.record(now, "change", ChangeEventType.VERSION_RECORDED, change.getSystemCode() + "："
                + (change.getCurrentVersion() == null ? "" : change.getCurrentVersion() + " → ")
                + change.getTargetVersion());
        change.close(ChangeStatus.COMPLETED, now);
        return version;
    }

    public void abandon(long id) {
        Change change = get(id);
        change.record(clock.instant(), "change", ChangeEventType.ABANDONED, "回退后放弃变更，系统保持 "
                + (change.getCurrentVersion() == null ? "原版本" : change.getCurrentVersion()));
        change.close(ChangeStatus.ABANDONED, clock.instant());
    }

    // --- reading ---

    @Transactional(readOnly = true)
    public Change visible(long id, Caller caller) {
        return changes.findById(id).filter(c -> caller.canSeeHospital(c.getHospitalCode()))
                .orElseThrow(() -> new NotFoundException("no change " + id));
    }

    @Transactional(readOnly = true)
    public List<Change> visibleChanges(Caller caller) {
        return changes.findAllByOrderByIdDesc().stream().filter(c -> caller.canSeeHospital(c.getHospitalCode()))
                .toList();
    }

    /** The changes linked to a case the caller may see. */
    @Transactional(readOnly = true)
    public List<Change> ofCase(String caseNumber, Caller caller) {
        cases.details(caseNumber, caller);
        return changes.findByCaseNumberOrderByIdDesc(caseNumber).stream()
                .filter(c -> caller.canSeeHospital(c.getHospitalCode())).toList();
    }

    /** What version ran when on a covered system of a contract the caller may see. */
    @Transactional(readOnly = true)
    public List<SystemVersion> versionHistory(String contractCode, String systemCode, Caller caller) {
        Contract contract = contracts.visibleContract(contractCode, caller);
        if (contract.findSystem(systemCode).isEmpty()) {
            throw new NotFoundException("no system '" + systemCode + "' in contract '" + contractCode + "'");
        }
        return versions.findByContractCodeAndSystemCodeOrderByRunningSinceAscIdAsc(contractCode, systemCode);
    }

    @Transactional(readOnly = true)
    public List<ChangeDocument> documents(long changeId) {
        return documents.findByChangeIdOrderById(changeId);
    }

    @Transactional(readOnly = true)
    public ChangeDocument document(long changeId, long documentId, Caller caller) {
        visible(changeId, caller);
        return documents.findById(documentId).filter(d -> d.getChange().getId() == changeId)
                .orElseThrow(() -> new NotFoundException("no document " + documentId));
    }

    // --- views for the REST API, built inside the transaction ---

    @Transactional(readOnly = true)
    public ChangeApi.ChangeDetails details(long id, Caller caller) {
        Change change = visible(id, caller);
        return ChangeApi.ChangeDetails.of(change, documents(id), caller);
    }

    @Transactional(readOnly = true)
    public List<ChangeApi.ChangeSummary> summaries(Caller caller) {
        return visibleChanges(caller).stream().map(ChangeApi.ChangeSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public List<ChangeApi.ChangeSummary> summariesOfCase(String caseNumber, Caller caller) {
        return ofCase(caseNumber, caller).stream().map(ChangeApi.ChangeSummary::of).toList();
    }

    /**
     * A covered system's version history: the versions changes (upgrades) brought and the released releases with the
     * cases they fixed, oldest first.
     */
    @Transactional(readOnly = true)
    public ChangeApi.VersionHistory versionHistoryView(String contractCode, String systemCode, Caller caller) {
        List<ChangeApi.VersionView> list = new ArrayList<>(versionHistory(contractCode, systemCode, caller).stream()
                .map(v -> new ChangeApi.VersionView(v.getVersion(), v.getPrevious(), v.getRunningSince(), "CHANGE",
                        v.getChange().getReference(), null, v.getChange().getTitle(), v.getChange().getKind(),
                        "/api/changes/" + v.getChange().getId(),
                        documents(v.getChange().getId()).stream().map(ChangeApi.DocumentView::of).toList(),
                        List.of()))
                .toList());
        for (Release r : releasedOf(contractCode, systemCode)) {
            list.add(new ChangeApi.VersionView(r.getVersion(), r.getPreviousVersion(), r.getReleasedAt(), "RELEASE",
                    null, r.getReference(), r.getTitle(), null, "/api/releases/" + r.getId(), List.of(),
                    r.getCases().stream().map(ReleaseApi.FixedCase::of).toList()));
        }
        list.sort(java.util.Comparator.comparing(ChangeApi.VersionView::runningSince));
        return new ChangeApi.VersionHistory(contractCode, systemCode,
                list.isEmpty() ? null : list.get(list.size() - 1).version(), list);
    }

    /** The covered system's version now: the last one a change or a release brought. */
    @Transactional(readOnly = true)
    public Optional<String> runningVersion(String contractCode, String systemCode) {
        List<SystemVersion> history = versions.findByContractCodeAndSystemCodeOrderByRunningSinceAscIdAsc(
                contractCode, systemCode);
        Optional<SystemVersion> byChange = history.isEmpty() ? Optional.empty()
                : Optional.of(history.get(history.size() - 1));
        List<Release> released = releasedOf(contractCode, systemCode);
        Optional<Release> byRelease = released.isEmpty() ? Optional.empty()
                : Optional.of(released.get(released.size() - 1));
        if (byRelease.isPresent() && (byChange.isEmpty()
                || !byRelease.get().getReleasedAt().isBefore(byChange.get().getRunningSince()))) {
            return Optional.of(byRelease.get().getVersion());
        }
        return byChange.map(SystemVersion::getVersion);
    }

    private List<Release> releasedOf(String contractCode, String systemCode) {
        return releases.findByContractCodeAndSystemCodeAndStatusOrderByReleasedAtAscIdAsc(contractCode, systemCode,
                ReleaseStatus.RELEASED);
    }

    @Transactional(readOnly = true)
    public Optional<ServiceWindowDefinition> openingHours(String contractCode) {
        Contract contract = contracts.find(contractCode).orElseThrow();
        return contract.serviceWindow(OPENING_HOURS_WINDOW)
                .or(() -> contract.getDeskWindow() == null ? Optional.empty()
                        : contract.serviceWindow(contract.getDeskWindow()));
    }

    static boolean isHospitalIt(Caller caller, Change change) {
        return caller.inGroup(Roles.hospitalItGroup(change.getHospitalCode()))
                && caller.canSeeHospital(change.getHospitalCode());
    }

    private void notify(Change change, Recipient to, String event, String subject, String body) {
        notifications.send(new NotificationRequest(to, null, change.getReference(), event, subject, body
                + "\n医院：" + change.getHospitalCode() + "　合同：" + change.getContractCode(),
                event + "|" + change.getId() + "|" + change.getHistory().size()));
    }

    static String shown(Instant at) {
        return at == null ? "" : SHOWN.format(at.atZone(SHANGHAI));
    }

    private static void required(List<FieldViolation> violations, String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            violations.add(new FieldViolation(field, "required"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nonBlank(String s) {
        return blank(s) ? null : s.strip();
    }
}
