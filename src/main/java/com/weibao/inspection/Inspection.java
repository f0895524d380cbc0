package com.weibao.inspection;

import com.weibao.cases.SupportCase;
import com.weibao.contract.Contract;
import com.weibao.platform.web.ConflictException;
import com.weibao.platform.web.FieldViolation;
import com.weibao.platform.web.InvalidRequestException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * An inspection (巡检): one run of a plan's checklist for a contract, its results, its report versions and the
 * hospital's sign-offs. Every change goes through a method here; once fully signed it is archived in the
 * inspection record library and refuses any further change.
 */
@Entity
@Table(name = "inspection")
public class Inspection {

    static final int NOTE_MAX = 4000;
    static final int SUGGESTIONS_MAX = 100_000;
    static final int PARTICIPANTS_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private InspectionPlan plan;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false, length = 16)
    private InspectionTrigger trigger;

    /** The plan's slot a scheduled inspection fulfils; none for an inspection on demand. */
    @Column(name = "slot_date")
    private LocalDate slotDate;

    @Column(name = "period_label", nullable = false, length = 64)
    private String periodLabel;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private InspectionStatus status;

    @Column(length = 2000)
    private String reason;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "performed_by", length = 100)
    private String performedBy;

    @Column(name = "performed_at")
    private Instant performedAt;

    /** The hospital's people who filled in the checklist with the engineer (names, departments). */
    @Column(name = "hospital_participants", length = 500)
    private String hospitalParticipants;

    @Column
    private String suggestions;

    @Column(name = "overdue_since")
    private Instant overdueSince;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    /** The latest report version; 0 before the first report. */
    @Column(name = "report_version", nullable = false)
    private int reportVersion;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<InspectionResult> results = new ArrayList<>();

    @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("decidedAt, id")
    private List<InspectionSignOff> signOffs = new ArrayList<>();

    @OneToMany(mappedBy = "inspection", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("occurredAt, id")
    private List<InspectionEvent> history = new ArrayList<>();

    protected Inspection() {
    }

    public Inspection(InspectionPlan plan, InspectionTrigger trigger, LocalDate slotDate, String periodLabel,
                      LocalDate dueDate, String reason, String requestedBy, Instant requestedAt) {
        this.contract = plan.getContract();
        this.plan = plan;
        this.trigger = trigger;
        this.slotDate = slotDate;
        this.periodLabel = periodLabel;
        this.dueDate = dueDate;
        this.reason = reason;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.status = InspectionStatus.IN_PROGRESS;
        int position = 0;
        for (ChecklistItem item : plan.getItems()) {
            results.add(new InspectionResult(this, position++, item,
                    item.getSystemCode() == null ? null : contract.findSystem(item.getSystemCode()).orElse(null)));
        }
        record(InspectionEventType.REQUESTED, requestedBy, requestedAt, (trigger == InspectionTrigger.SCHEDULED
                ? trigger.label() + " " : "") + periodLabel + "，截止 " + dueDate + (reason == null ? "" : "；" + reason));
    }

    /** "XJ-000012": how people refer to it in Tasklist, mails and reports. */
    public String getReference() {
        return id == null ? null : String.format("XJ-%06d", id);
    }

    /** "5G+急救中心月度巡检 2026年12月" */
    public String title() {
        return plan.getName() + " " + periodLabel;
    }

    public void bindProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /**
     * The engineer's checklist: every item answered as its kind needs (a verdict, a value, an observation, an
     * uploaded file), else nothing changes and each missing answer is named. Returns the new findings.
     */
    public List<InspectionResult> recordResults(List<ItemEntry> entries, String participants, String suggestions,
                                                ToIntFunction<String> filesOfItem, String actor, Instant now) {
        requireStatus(EnumSet.of(InspectionStatus.IN_PROGRESS, InspectionStatus.REVISION), "record results");
        List<FieldViolation> violations = new ArrayList<>();
        Map<String, ItemEntry> byCode = new LinkedHashMap<>();
        for (ItemEntry entry : entries) {
            if (entry.code() == null || result(entry.code()).isEmpty()) {
                violations.add(new FieldViolation("results[" + entry.code() + "]", "is not an item of this checklist"));
            } else if (byCode.put(entry.code(), entry) != null) {
                violations.add(new FieldViolation("results[" + entry.code() + "]", "is answered twice"));
            }
        }
        for (InspectionResult result : results) {
            ItemEntry entry = byCode.get(result.getItemCode());
            String field = "results[" + result.getItemCode() + "]";
            String item = result.getItemCode() + " " + result.getItemName();
            if (entry != null && entry.note() != null && entry.note().length() > NOTE_MAX) {
                violations.add(new FieldViolation(field + ".note", item + ": longer than " + NOTE_MAX + " characters"));
            }
            switch (result.getKind()) {
                case PASS_FAIL -> {
                    if (entry == null || entry.outcome() == null) {
                        violations.add(new FieldViolation(field + ".outcome", item + ": choose 正常 (PASS) or 异常 (FAIL)"));
                    }
                }
                case MEASURE -> {
                    if (entry == null || entry.value() == null) {
                        violations.add(new FieldViolation(field + ".value", item + ": the measured value"
                                + (result.getUnit() == null ? "" : " (" + result.getUnit() + ")") + " is required"));
                    }
                }
                case TEXT -> {
                    if (entry == null || entry.note() == null || entry.note().isBlank()) {
                        violations.add(new FieldViolation(field + ".note", item + ": write what was done or found"));
                    }
                }
                case ATTACHMENT -> {
                    if (filesOfItem.applyAsInt(result.getItemCode()) == 0) {
                        violations.add(new FieldViolation(field + ".file", item
                                + ": upload the photo or file first (POST /api/inspections/" + id
                                + "/files with item=" + result.getItemCode() + ")"));
                    }
                }
            }
        }
        if (plan.isFilledWithUser() && (participants == null || participants.isBlank())) {
            violations.add(new FieldViolation("hospitalParticipants",
                    "this checklist is filled in together with the hospital's users: name them"));
        }
        if (participants != null && participants.length() > PARTICIPANTS_MAX) {
            violations.add(new FieldViolation("hospitalParticipants", "is longer than " + PARTICIPANTS_MAX + " characters"));
        }
        if (suggestions != null && suggestions.length() > SUGGESTIONS_MAX) {
            violations.add(new FieldViolation("suggestions", "is longer than " + SUGGESTIONS_MAX + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        for (InspectionResult result : results) {
            result.record(byCode.getOrDefault(result.getItemCode(),
                    new ItemEntry(result.getItemCode(), null, null, null)));
        }
        this.hospitalParticipants = blankToNull(participants);
        this.suggestions = blankToNull(suggestions);
        if (performedAt == null) {
            this.performedBy = actor;
            this.performedAt = now;
        }
        this.status = InspectionStatus.AWAITING_SIGN_OFF;
        long failed = results.stream().filter(InspectionResult::isFailed).count();
        record(InspectionEventType.RESULTS_RECORDED, actor, now, results.size() + " 项，异常 " + failed + " 项");
        return newFindings();
    }

    /** Failed items without a follow-up case yet. */
    public List<InspectionResult> newFindings() {
        return results.stream().filter(r -> r.isFailed() && r.getFollowUpCase() == null).toList();
    }

    public List<InspectionResult> findings() {
        return results.stream().filter(InspectionResult::isFailed).toList();
    }

    /** Links the follow-up case raised for (or an open one already handling) the failed item. */
    public void followUp(String itemCode, SupportCase supportCase, boolean raised, String actor, Instant now) {
        requireNotArchived("link a follow-up case");
        InspectionResult result = result(itemCode).orElseThrow();
        result.followUp(supportCase);
        record(raised ? InspectionEventType.FOLLOW_UP_RAISED : InspectionEventType.FOLLOW_UP_LINKED, actor, now,
                itemCode + " → " + supportCase.getNumber());
    }

    public void fileAdded(String fileName, String itemCode, String actor, Instant now) {
        requireNotArchived("add a file");
        if (itemCode != null && result(itemCode).isEmpty()) {
            throw InvalidRequestException.of("item", "'" + itemCode + "' is not an item of this checklist");
        }
        record(InspectionEventType.FILE_ADDED, actor, now, (itemCode == null ? "" : itemCode + "：") + fileName);
    }

    /** A new report version for the hospital to sign; the sign-offs of earlier versions stay in the trail. */
    public int nextReportVersion(String fileName, String actor, Instant now) {
        requireStatus(EnumSet.of(InspectionStatus.AWAITING_SIGN_OFF), "write a report");
        reportVersion++;
        record(InspectionEventType.REPORT_WRITTEN, actor, now, "第 " + reportVersion + " 版：" + fileName);
        return reportVersion;
    }

    public void reminded(String actor, Instant now) {
        record(InspectionEventType.REMINDED, actor, now, "截止 " + dueDate);
    }

    /** Past its due date without results: marked overdue once. Returns false if nothing was overdue. */
    public boolean markOverdue(String actor, Instant now) {
        if (status != InspectionStatus.IN_PROGRESS || overdueSince != null) {
            return false;
        }
        overdueSince = now;
        record(InspectionEventType.OVERDUE, actor, now, "截止 " + dueDate + " 未完成");
        return true;
    }

    public boolean escalate(String actor, Instant now) {
        if (status != InspectionStatus.IN_PROGRESS || escalatedAt != null) {
            return false;
        }
        escalatedAt = now;
        record(InspectionEventType.ESCALATED, actor, now, "已上报服务经理");
        return true;
    }

    /** A department signs the current report version or sends it back with a reason. */
    public void signOff(Department department, SignOffDecision decision, String reason, String actor, Instant now) {
        requireStatus(EnumSet.of(InspectionStatus.AWAITING_SIGN_OFF), "sign the report");
        if (reportVersion == 0) {
            throw new ConflictException(getReference() + " has no report to sign yet");
        }
        if (!requiredDepartments().contains(department)) {
            throw InvalidRequestException.of("department", department.label() + " does not sign reports of plan "
                    + plan.getCode());
        }
        if (decisionOf(department).isPresent()) {
            throw new ConflictException(department.label() + " already decided on version " + reportVersion);
        }
        if (decision == SignOffDecision.REJECTED && (reason == null || reason.isBlank())) {
            throw InvalidRequestException.of("signOffReason", "a report sent back needs the reason");
        }
        signOffs.add(new InspectionSignOff(this, reportVersion, department, decision, blankToNull(reason), actor, now));
        if (decision == SignOffDecision.REJECTED) {
            status = InspectionStatus.REVISION;
            record(InspectionEventType.REJECTED, actor, now, department.label() + " 退回第 " + reportVersion + " 版："
                    + reason.strip());
        } else {
            record(InspectionEventType.SIGNED, actor, now, department.label() + " 签字确认第 " + reportVersion + " 版");
        }
    }

    public List<Department> requiredDepartments() {
        return plan.signOffDepartmentList();
    }

    /** The decision of the department on the current report version, if it made one. */
    public Optional<InspectionSignOff> decisionOf(Department department) {
        return signOffs.stream().filter(s -> s.getReportVersion() == reportVersion && s.getDepartment() == department)
                .findFirst();
    }

    public boolean isFullySigned() {
        return reportVersion > 0 && requiredDepartments().stream().allMatch(d -> decisionOf(d)
                .map(s -> s.getDecision() == SignOffDecision.SIGNED).orElse(false));
    }

    /** Rejections of the version before the current revision, for the engineer to act on. */
    public List<InspectionSignOff> rejectionsOfLastVersion() {
        return signOffs.stream().filter(s -> s.getDecision() == SignOffDecision.REJECTED
                && s.getReportVersion() == reportVersion).toList();
    }

    /** Fully signed: into the inspection record library, unchangeable from now on. */
    public void archive(String actor, Instant now) {
        requireStatus(EnumSet.of(InspectionStatus.AWAITING_SIGN_OFF), "archive");
        if (!isFullySigned()) {
            throw new ConflictException(getReference() + " is not signed by " + requiredDepartments().stream()
                    .filter(d -> decisionOf(d).isEmpty()).map(Department::label).collect(Collectors.joining("、")));
        }
        status = InspectionStatus.ARCHIVED;
        archivedAt = now;
        record(InspectionEventType.ARCHIVED, actor, now, "第 " + reportVersion + " 版已签字归档");
    }

    public boolean isPerformed() {
        return performedAt != null;
    }

    public Optional<InspectionResult> result(String itemCode) {
        return results.stream().filter(r -> r.getItemCode().equals(itemCode)).findFirst();
    }

    public String hospitalCode() {
        return contract.getHospital().getCode();
    }

    private void requireStatus(Set<InspectionStatus> allowed, String action) {
        requireNotArchived(action);
        if (!allowed.contains(status)) {
            throw new ConflictException("cannot " + action + ": " + getReference() + " is " + status);
        }
    }

    private void requireNotArchived(String action) {
        if (status == InspectionStatus.ARCHIVED) {
            throw new ConflictException("cannot " + action + ": " + getReference()
                    + " is signed and archived and can no longer change");
        }
    }

    private void record(InspectionEventType type, String actor, Instant at, String detail) {
        history.add(new InspectionEvent(this, at, actor, type, detail));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() { return id; }
    public Contract getContract() { return contract; }
    public InspectionPlan getPlan() { return plan; }
    public InspectionTrigger getTrigger() { return trigger; }
    public LocalDate getSlotDate() { return slotDate; }
    public String getPeriodLabel() { return periodLabel; }
    public LocalDate getDueDate() { return dueDate; }
    public InspectionStatus getStatus() { return status; }
    public String getReason() { return reason; }
    public String getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getPerformedBy() { return performedBy; }
    public Instant getPerformedAt() { return performedAt; }
    public String getHospitalParticipants() { return hospitalParticipants; }
    public String getSuggestions() { return suggestions; }
    public Instant getOverdueSince() { return overdueSince; }
    public Instant getEscalatedAt() { return escalatedAt; }
    public int getReportVersion() { return reportVersion; }
    public Instant getArchivedAt() { return archivedAt; }
    public List<InspectionResult> getResults() { return results; }
    public List<InspectionSignOff> getSignOffs() { return signOffs; }
    public List<InspectionEvent> getHistory() { return history; }
}
