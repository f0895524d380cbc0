package com.weibao.cases;

import com.weibao.contract.Category;
import com.weibao.contract.Contract;
import com.weibao.contract.CoveredSystem;
import com.weibao.contract.Priority;
import com.weibao.platform.DisplayTimes;
import com.weibao.platform.search.ChineseAnalysis;
import com.weibao.platform.web.ConflictException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A case (工单): one fault report, consultation, change request or complaint, from intake to archive.
 * Every change goes through a method here, which checks the status allows it and writes the history.
 * The case archive's full-text index (Chinese segmentation, {@link ChineseAnalysis}) follows every change.
 */
@Entity
@Table(name = "support_case")
@Indexed(index = "case-archive")
public class SupportCase {

    /** Free text a person enters is checked against its column when the case is stored (400 naming the field). */
    static final String TOO_LONG = "is longer than {max} characters";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @KeywordField(projectable = Projectable.YES)
    @Column(nullable = false, unique = true, length = 32)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "system_id")
    private CoveredSystem system;

    @IndexedEmbedded(includePaths = "name")
    @Embedded
    @Valid
    private Reporter reporter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Impact impact;

    @FullTextField(analyzer = ChineseAnalysis.INDEX, searchAnalyzer = ChineseAnalysis.QUERY, projectable = Projectable.YES)
    @Column(nullable = false, length = 500)
    private String summary;

    @FullTextField(analyzer = ChineseAnalysis.INDEX, searchAnalyzer = ChineseAnalysis.QUERY)
    @Column
    private String description;

    @Column(nullable = false)
    private Instant reportedAt;

    @GenericField(sortable = Sortable.YES)
    @Column(nullable = false)
    private Instant registeredAt;

    @Column(nullable = false, length = 100)
    private String registeredBy;

    @KeywordField
    @Enumerated(EnumType.STRING)
    @Column(length = 2)
    private Priority priority;

    @KeywordField
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private CaseStatus status;

    @Column(length = 100)
    private String assignee;

    @Column(length = 64)
    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private FaultType faultType;

    @FullTextField(analyzer = ChineseAnalysis.INDEX, searchAnalyzer = ChineseAnalysis.QUERY)
    @Column
    private String rootCause;

    @FullTextField(analyzer = ChineseAnalysis.INDEX, searchAnalyzer = ChineseAnalysis.QUERY, projectable = Projectable.YES)
    @Column
    private String resolution;

    private Instant resolvedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Satisfaction satisfaction;

    @Size(max = 2000, message = TOO_LONG)
    @Column(length = 2000)
    private String feedback;

    @Column(length = 100)
    private String confirmedBy;

    private Instant confirmedAt;
    private Instant closedAt;
    private Instant archivedAt;

    @Column
    private String solutionPlan;

    private Instant solutionPlannedAt;
    private Instant onsiteRequiredAt;

    /** The time agreed with the hospital to carry on, while the case waits for it. */
    private Instant agreedTime;

    @Column(length = 32)
    private String duplicateOf;

    @Size(max = 1000, message = TOO_LONG)
    @Column(length = 1000)
    private String cancelReason;

    @OneToMany(mappedBy = "supportCase", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    private List<CaseEvent> history = new ArrayList<>();

    @OneToMany(mappedBy = "supportCase", cascade = CascadeType.ALL)
    @OrderBy("startedAt, id")
    private List<SupportAction> supportActions = new ArrayList<>();

    @OneToMany(mappedBy = "supportCase", cascade = CascadeType.ALL)
    @OrderBy("requestedAt, id")
    private List<RemoteAccessRequest> remoteAccessRequests = new ArrayList<>();

    protected SupportCase() {
    }

    public SupportCase(String number, Contract contract, CoveredSystem system, Reporter reporter, Channel channel,
                       Category category, Impact impact, String summary, String description, Instant reportedAt,
                       Priority priority, String actor, Instant now) {
        this.number = number;
        this.contract = contract;
        this.system = system;
        this.reporter = reporter;
        this.channel = channel;
        this.category = category;
        this.impact = impact;
        this.summary = summary;
        this.description = description;
        this.reportedAt = reportedAt;
        this.priority = priority;
        this.registeredAt = now;
        this.registeredBy = actor;
        this.status = CaseStatus.NEW;
        record(CaseEventType.REGISTERED, actor, now, null, "channel " + channel
                + (priority == null ? "" : ", reported as " + priority));
    }

    /** The report is dated before its registration, with the person's reason (e.g. a phone call taken on paper). */
    public void recordBackdating(String reason, String actor, Instant now) {
        if (reportedAt.isBefore(now)) {
            record(CaseEventType.REPORT_BACKDATED, actor, now, null, "报修时间早于登记时间"
                    + ReportedAtLimits.chinese(Duration.between(reportedAt, now)) + "，补登原因：" + reason);
        }
    }

    public void bindProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /**
     * The case's process continues in another process instance: the one in its hospital's tenant, once triage has
     * assigned the contract of a case that came in without one.
     */
    public void handOverToHospital(String processInstanceId, String actor, Instant now) {
        if (contract == null) {
            throw new ConflictException("case " + number + " has no contract, so no hospital to hand it over to");
        }
        this.processInstanceId = processInstanceId;
        record(CaseEventType.HANDED_OVER, actor, now, null, contract.getHospital().getName());
    }

    /** The fault-level decision's proposal; the reporter's own level, when given, is what it proposes. */
    public void proposePriority(Priority proposed, String actor, Instant now) {
        requireStatus("propose a fault level", CaseStatus.NEW);
        this.priority = proposed;
        record(CaseEventType.PRIORITY_PROPOSED, actor, now, null, "proposed " + proposed);
    }

    public void triage(CoveredSystem confirmedSystem, Category confirmedCategory, Impact confirmedImpact,
                       Priority confirmedPriority, FaultType assessedFaultType, String note, String actor, Instant now) {
        requireStatus("triage", CaseStatus.NEW);
        this.faultType = assessedFaultType;
        String change = priority == confirmedPriority ? "level " + confirmedPriority
                : "level " + priority + " -> " + confirmedPriority;
        this.system = confirmedSystem;
        this.category = confirmedCategory;
        this.impact = confirmedImpact;
        this.priority = confirmedPriority;
        moveTo(CaseStatus.TRIAGED, CaseEventType.TRIAGED, actor, now,
                join(change + ", " + confirmedCategory + ", system " + confirmedSystem.getCode(), note));
    }

    /** A new level after triage (a lead's decision, the repeat rule); deadlines follow it. */
    public void changePriority(Priority newPriority, String reason, String actor, Instant now) {
        if (!status.isOpen() || status == CaseStatus.NEW) {
            throw new ConflictException("cannot change the level of case " + number + " while it is " + status);
        }
        if (newPriority == priority) {
            return;
        }
        String detail = priority + " -> " + newPriority;
        this.priority = newPriority;
        record(CaseEventType.PRIORITY_CHANGED, actor, now, null, join(detail, reason));
    }

    /** The contract of a case registered without one (an unknown sender's mail), chosen at triage. */
    public void assignContract(Contract assigned, String actor, Instant now) {
        requireStatus("assign a contract to", CaseStatus.NEW);
        if (contract != null) {
            throw new ConflictException("case " + number + " already belongs to contract " + contract.getCode());
        }
        this.contract = assigned;
        record(CaseEventType.CONTRACT_ASSIGNED, actor, now, null,
                assigned.getCode() + " (" + assigned.getHospital().getName() + ")");
    }

    /** Something arrived for the case on a channel (files of a mail, a returned mail): kept in its history. */
    public void recordIncoming(CaseEventType type, Channel source, String detail, String actor, Instant now) {
        record(type, actor, now, source, detail);
    }

    public void cancelAsDuplicate(String duplicateOfNumber, String reason, String actor, Instant now) {
        requireStatus("cancel", CaseStatus.NEW, CaseStatus.TRIAGED, CaseStatus.DISPATCHED);
        this.duplicateOf = duplicateOfNumber;
        this.cancelReason = reason;
        moveTo(CaseStatus.CANCELLED, CaseEventType.CANCELLED, actor, now,
                join(duplicateOfNumber == null ? null : "duplicate of " + duplicateOfNumber, reason));
    }

    public void assign(String engineer, String note, String actor, Instant now) {
        requireStatus("dispatch", CaseStatus.TRIAGED);
        this.assignee = engineer;
        moveTo(CaseStatus.DISPATCHED, CaseEventType.ASSIGNED, actor, now, join("assigned to " + engineer, note));
    }

    public SupportAction recordSupportAction(SupportMode mode, Instant startedAt, Instant endedAt, String notes,
                                             String actor, Instant now) {
        requireStatus("record support", CaseStatus.DISPATCHED, CaseStatus.IN_PROGRESS);
        if (mode == SupportMode.REMOTE && !remoteAccessGranted()) {
            throw new ConflictException("case " + number + ": a remote operation needs the hospital IT department's "
                    + "approval first (远程操作须先经院方信息科同意); request remote access");
        }
        SupportAction action = new SupportAction(this, mode, startedAt, endedAt, actor, notes, now);
        supportActions.add(action);
        moveTo(CaseStatus.IN_PROGRESS, CaseEventType.SUPPORT_ACTION, actor, now,
                join(mode + " from " + startedAt + (endedAt == null ? "" : " to " + endedAt), notes));
        return action;
    }

    public RemoteAccessRequest requestRemoteAccess(String purpose, String actor, Instant now) {
        requireStatus("request remote access", CaseStatus.DISPATCHED, CaseStatus.IN_PROGRESS);
        RemoteAccessRequest request = new RemoteAccessRequest(this, purpose, actor, now);
        remoteAccessRequests.add(request);
        moveTo(CaseStatus.WAITING_FOR_APPROVAL, CaseEventType.REMOTE_ACCESS_REQUESTED, actor, now, purpose);
        return request;
    }

    public void decideRemoteAccess(boolean granted, String note, String actor, Instant now) {
        requireStatus("decide on remote access", CaseStatus.WAITING_FOR_APPROVAL);
        RemoteAccessRequest pending = pendingRemoteAccessRequest().orElseThrow(
                () -> new ConflictException("case " + number + " has no pending remote access request"));
        pending.decide(granted, note, actor, now);
        moveTo(CaseStatus.IN_PROGRESS,
                granted ? CaseEventType.REMOTE_ACCESS_GRANTED : CaseEventType.REMOTE_ACCESS_REFUSED, actor, now, note);
    }

    /** The first solution plan put to the hospital meets the SOLUTION_PLAN target; later ones are notes. */
    public boolean planSolution(String plan, String actor, Instant now) {
        requireStatus("plan a solution", CaseStatus.DISPATCHED, CaseStatus.IN_PROGRESS);
        if (solutionPlannedAt != null) {
            record(CaseEventType.NOTE, actor, now, null, "处理方案更新：" + plan);
            return false;
        }
        this.solutionPlan = plan;
        this.solutionPlannedAt = now;
        record(CaseEventType.SOLUTION_PLANNED, actor, now, null, plan);
        return true;
    }

    /** Phone and remote support could not fix it: an engineer has to go on site (on-site targets start to apply). */
    public boolean requireOnsite(String actor, Instant now) {
        requireStatus("require an on-site visit", CaseStatus.DISPATCHED, CaseStatus.IN_PROGRESS);
        if (onsiteRequiredAt != null) {
            return false;
        }
        this.onsiteRequiredAt = now;
        record(CaseEventType.ONSITE_REQUIRED, actor, now, null, null);
        return true;
    }

    public void waitUntil(Instant agreed, String note, String actor, Instant now) {
        requireStatus("wait for an agreed time", CaseStatus.DISPATCHED, CaseStatus.IN_PROGRESS);
        this.agreedTime = agreed;
        moveTo(CaseStatus.WAITING_FOR_AGREED_TIME, CaseEventType.WAITING_FOR_AGREED_TIME, actor, now,
                join("约定时间 " + DisplayTimes.format(agreed), note));
    }

    public void agreedTimeReached(Instant now) {
        requireStatus("carry on at the agreed time", CaseStatus.WAITING_FOR_AGREED_TIME);
        this.agreedTime = null;
        moveTo(CaseStatus.IN_PROGRESS, CaseEventType.AGREED_TIME_REACHED, "weibao", now, null);
    }

    /** An SLA event (warning, breach, escalation, repeat) written into the case's history. */
    public void recordSla(CaseEventType type, String detail, Instant now) {
        record(type, "weibao", now, null, detail);
    }

    public void waitForReporter(String question, String actor, Instant now) {
        requireStatus("wait for the reporter", CaseStatus.DISPATCHED, CaseStatus.IN_PROGRESS);
        moveTo(CaseStatus.WAITING_FOR_REPORTER, CaseEventType.WAITING_FOR_REPORTER, actor, now, question);
    }

    /**
     * Adds a note. A note from the reporter's side to a case waiting for the reporter answers it: the case
     * goes back to work and the method says so, so that the caller can resume the case's process.
     */
    public boolean addNote(String text, boolean fromReporterSide, Channel source, String actor, Instant now) {
        if (!status.isOpen()) {
            throw new ConflictException("case " + number + " is " + status + "; notes can only be added to open cases");
        }
        if (fromReporterSide && status == CaseStatus.WAITING_FOR_REPORTER) {
            history.add(new CaseEvent(this, now, actor, CaseEventType.REPORTER_REPLIED, status, CaseStatus.IN_PROGRESS,
                    source, text));
            status = CaseStatus.IN_PROGRESS;
            return true;
        }
        history.add(new CaseEvent(this, now, actor, CaseEventType.NOTE, null, null, source, text));
        return false;
    }

    public void resolve(FaultType type, String cause, String resolutionText, String actor, Instant now) {
        requireStatus("resolve", CaseStatus.DISPATCHED, CaseStatus.IN_PROGRESS);
        this.faultType = type;
        this.rootCause = cause;
        this.resolution = resolutionText;
        this.resolvedAt = now;
        moveTo(CaseStatus.RESOLVED, CaseEventType.RESOLVED, actor, now, resolutionText);
    }

    public void confirm(Satisfaction rating, String feedbackText, String actor, Instant now) {
        requireStatus("confirm", CaseStatus.RESOLVED);
        this.satisfaction = rating;
        this.feedback = feedbackText;
        this.confirmedBy = actor;
        this.confirmedAt = now;
        record(CaseEventType.CONFIRMED, actor, now, null, join("satisfaction " + rating, feedbackText));
    }

    public void reopen(String reason, String actor, Instant now) {
        requireStatus("reopen", CaseStatus.RESOLVED);
        this.resolvedAt = null;
        moveTo(CaseStatus.IN_PROGRESS, CaseEventType.REOPENED, actor, now, reason);
    }

    public void close(String actor, Instant now) {
        requireStatus("close", CaseStatus.RESOLVED);
        if (confirmedAt == null) {
            throw new ConflictException("case " + number + " cannot be closed before the reporter's side confirms");
        }
        this.closedAt = now;
        moveTo(CaseStatus.CLOSED, CaseEventType.CLOSED, actor, now, null);
    }

    /** A case triaged as 投诉 goes to the service managers' complaint handling, not to an engineer. */
    public void forwardComplaint(String actor, Instant now) {
        requireStatus("forward as a complaint", CaseStatus.TRIAGED);
        if (category != Category.COMPLAINT) {
            throw new ConflictException("case " + number + " is not a complaint (" + category + ")");
        }
        record(CaseEventType.COMPLAINT_FORWARDED, actor, now, null, null);
    }

    /** The complaint this case brought in was answered: the answer is the case's resolution, and it closes. */
    public void closeAnsweredComplaint(String answer, String actor, Instant now) {
        requireStatus("close the complaint", CaseStatus.TRIAGED);
        if (category != Category.COMPLAINT) {
            throw new ConflictException("case " + number + " is not a complaint (" + category + ")");
        }
        this.resolution = answer;
        this.resolvedAt = now;
        this.closedAt = now;
        moveTo(CaseStatus.CLOSED, CaseEventType.CLOSED, actor, now, answer);
    }

    public void archive(String actor, Instant now) {
        requireStatus("archive", CaseStatus.CLOSED);
        this.archivedAt = now;
        moveTo(CaseStatus.ARCHIVED, CaseEventType.ARCHIVED, actor, now, null);
    }

    public void recordDocument(CaseEventType type, String detail, String actor, Instant now) {
        record(type, actor, now, null, detail);
    }

    /** The start of the last on-site support action, i.e. when an engineer arrived; null if none. */
    public Instant lastOnsiteArrival() {
        return supportActions.stream().filter(a -> a.getMode() == SupportMode.ONSITE).map(SupportAction::getStartedAt)
                .max(Instant::compareTo).orElse(null);
    }

    public boolean remoteAccessGranted() {
        return remoteAccessRequests.stream().anyMatch(r -> r.getDecision() == RemoteAccessRequest.Decision.GRANTED);
    }

    public Optional<RemoteAccessRequest> pendingRemoteAccessRequest() {
        return remoteAccessRequests.stream()
                .filter(r -> r.getDecision() == RemoteAccessRequest.Decision.PENDING).findFirst();
    }

    public String hospitalCode() {
        return contract == null ? null : contract.getHospital().getCode();
    }

    /** The archive index's tenant field: whose users may find the case (none for a case without contract). */
    @KeywordField(name = "hospitalCode")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "contract")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public String getIndexedHospitalCode() {
        return hospitalCode();
    }

    @KeywordField(name = "contractCode")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "contract")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public String getIndexedContractCode() {
        return contract == null ? null : contract.getCode();
    }

    @KeywordField(name = "systemCode")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "system")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public String getIndexedSystemCode() {
        return system == null ? null : system.getCode();
    }

    private void moveTo(CaseStatus target, CaseEventType type, String actor, Instant now, String detail) {
        history.add(new CaseEvent(this, now, actor, type, status, target, null, detail));
        status = target;
    }

    private void record(CaseEventType type, String actor, Instant now, Channel source, String detail) {
        history.add(new CaseEvent(this, now, actor, type, null, null, source, detail));
    }

    private void requireStatus(String action, CaseStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw new ConflictException("cannot " + action + " case " + number + " while it is " + status);
        }
    }

    private static String join(String first, String second) {
        if (second == null || second.isBlank()) {
            return first;
        }
        return first == null ? second : first + " — " + second;
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public String getNumber() { return number; }
    public Contract getContract() { return contract; }
    public CoveredSystem getSystem() { return system; }
    public Reporter getReporter() { return reporter; }
    public Channel getChannel() { return channel; }
    public Category getCategory() { return category; }
    public Impact getImpact() { return impact; }
    public String getSummary() { return summary; }
    public String getDescription() { return description; }
    public Instant getReportedAt() { return reportedAt; }
    public Instant getRegisteredAt() { return registeredAt; }
    public String getRegisteredBy() { return registeredBy; }
    public Priority getPriority() { return priority; }
    public CaseStatus getStatus() { return status; }
    public String getAssignee() { return assignee; }
    public String getProcessInstanceId() { return processInstanceId; }
    public FaultType getFaultType() { return faultType; }
    public String getRootCause() { return rootCause; }
    public String getResolution() { return resolution; }
    public Instant getResolvedAt() { return resolvedAt; }
    public Satisfaction getSatisfaction() { return satisfaction; }
    public String getFeedback() { return feedback; }
    public String getConfirmedBy() { return confirmedBy; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public Instant getClosedAt() { return closedAt; }
    public Instant getArchivedAt() { return archivedAt; }
    public String getDuplicateOf() { return duplicateOf; }
    public String getSolutionPlan() { return solutionPlan; }
    public Instant getSolutionPlannedAt() { return solutionPlannedAt; }
    public Instant getOnsiteRequiredAt() { return onsiteRequiredAt; }
    public Instant getAgreedTime() { return agreedTime; }
    public String getCancelReason() { return cancelReason; }
    public List<CaseEvent> getHistory() { return history; }
    public List<SupportAction> getSupportActions() { return supportActions; }
    public List<RemoteAccessRequest> getRemoteAccessRequests() { return remoteAccessRequests; }
}
