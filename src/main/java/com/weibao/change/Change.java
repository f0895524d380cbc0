package com.weibao.change;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A change to a hospital's production system (变更): an upgrade from the current to a target version, a bug fix, a
 * requirement change. It carries its plans (implementation, rollback, verification), its window and what happened
 * to it; ChangeProcess drives it.
 */
@Entity
@Table(name = "change_request")
public class Change {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String reference;

    @Column(name = "contract_code", nullable = false, length = 64)
    private String contractCode;

    @Column(name = "hospital_code", nullable = false, length = 64)
    private String hospitalCode;

    @Column(name = "system_code", nullable = false, length = 64)
    private String systemCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ChangeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ChangeStatus status;

    @Column(nullable = false)
    private String title;

    @Column(name = "current_version", length = 64)
    private String currentVersion;

    @Column(name = "target_version", nullable = false, length = 64)
    private String targetVersion;

    @Column(nullable = false, length = 2000)
    private String reason;

    /** Billable or within the contract: the service manager decides, the hospital sees it. */
    @Column(nullable = false)
    private boolean billable;

    @Column(name = "billable_decided_by", length = 100)
    private String billableDecidedBy;

    @Column(length = 2000)
    private String risk;

    @Column(name = "implementation_plan", nullable = false, length = 4000)
    private String implementationPlan;

    @Column(name = "rollback_plan", nullable = false, length = 4000)
    private String rollbackPlan;

    @Column(name = "verification_plan", nullable = false, length = 4000)
    private String verificationPlan;

    @Column(name = "window_start")
    private Instant windowStart;

    @Column(name = "window_end")
    private Instant windowEnd;

    @Column(name = "takes_service_down", nullable = false)
    private boolean takesServiceDown;

    /** Why an outage inside the system's opening hours is accepted (e.g. 须在挂号开始前完成 does not need one). */
    @Column(name = "outage_reason", length = 1000)
    private String outageReason;

    @Column(length = 100)
    private String implementer;

    @Column(name = "case_number", length = 32)
    private String caseNumber;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    /** An emergency change implemented first: its approval came afterwards. */
    @Column(name = "approved_after_implementation", nullable = false)
    private boolean approvedAfterImplementation;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @OneToMany(mappedBy = "change", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ChangeEvent> history = new ArrayList<>();

    protected Change() {
    }

    Change(String contractCode, String hospitalCode, String systemCode, ChangeKind kind, String title,
           String currentVersion, String targetVersion, String reason, String risk, String implementationPlan,
           String rollbackPlan, String verificationPlan, boolean takesServiceDown, String implementer,
           String caseNumber, String createdBy, Instant createdAt) {
        this.reference = "BG-" + UUID.randomUUID().toString().substring(0, 8);
        this.contractCode = contractCode;
        this.hospitalCode = hospitalCode;
        this.systemCode = systemCode;
        this.kind = kind;
        this.status = submittedStatus(kind);
        this.title = title;
        this.currentVersion = currentVersion;
        this.targetVersion = targetVersion;
        this.reason = reason;
        this.risk = risk;
        this.implementationPlan = implementationPlan;
        this.rollbackPlan = rollbackPlan;
        this.verificationPlan = verificationPlan;
        this.takesServiceDown = takesServiceDown;
        this.implementer = implementer;
        this.caseNumber = caseNumber;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        record(createdAt, createdBy, ChangeEventType.CREATED, kind.label() + "：" + title);
    }

    void numbered() {
        this.reference = String.format("BG-%06d", id);
    }

    void record(Instant at, String actor, ChangeEventType type, String detail) {
        history.add(new ChangeEvent(this, at, actor, type, detail));
    }

    private static ChangeStatus submittedStatus(ChangeKind kind) {
        return switch (kind) {
            case NORMAL -> ChangeStatus.IN_REVIEW;
            case STANDARD -> ChangeStatus.AWAITING_APPROVAL;
            case EMERGENCY -> ChangeStatus.IMPLEMENTING;
        };
    }

    /** Submitted (again): to the vendor's review, the hospital's approval, or for an emergency straight to work. */
    void resubmitted() {
        this.status = submittedStatus(kind);
    }

    void moveTo(ChangeStatus next) {
        this.status = next;
    }

    void decideBillable(boolean billable, String by) {
        this.billable = billable;
        this.billableDecidedBy = by;
    }

    void revise(String implementationPlan, String rollbackPlan, String verificationPlan) {
        if (implementationPlan != null) {
            this.implementationPlan = implementationPlan;
        }
        if (rollbackPlan != null) {
            this.rollbackPlan = rollbackPlan;
        }
        if (verificationPlan != null) {
            this.verificationPlan = verificationPlan;
        }
    }

    void schedule(Instant start, Instant end, boolean takesServiceDown, String outageReason) {
        this.windowStart = start;
        this.windowEnd = end;
        this.takesServiceDown = takesServiceDown;
        this.outageReason = outageReason;
    }

    void approvedAfterImplementation() {
        this.approvedAfterImplementation = true;
    }

    void assignImplementer(String implementer) {
        this.implementer = implementer;
    }

    void close(ChangeStatus closing, Instant at) {
        this.status = closing;
        this.closedAt = at;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Long getId() { return id; }
    public String getReference() { return reference; }
    public String getContractCode() { return contractCode; }
    public String getHospitalCode() { return hospitalCode; }
    public String getSystemCode() { return systemCode; }
    public ChangeKind getKind() { return kind; }
    public ChangeStatus getStatus() { return status; }
    public String getTitle() { return title; }
    public String getCurrentVersion() { return currentVersion; }
    public String getTargetVersion() { return targetVersion; }
    public String getReason() { return reason; }
    public boolean isBillable() { return billable; }
    public String getBillableDecidedBy() { return billableDecidedBy; }
    public String getRisk() { return risk; }
    public String getImplementationPlan() { return implementationPlan; }
    public String getRollbackPlan() { return rollbackPlan; }
    public String getVerificationPlan() { return verificationPlan; }
    public Instant getWindowStart() { return windowStart; }
    public Instant getWindowEnd() { return windowEnd; }
    public boolean isTakesServiceDown() { return takesServiceDown; }
    public String getOutageReason() { return outageReason; }
    public String getImplementer() { return implementer; }
    public String getCaseNumber() { return caseNumber; }
    public String getProcessInstanceId() { return processInstanceId; }
    public boolean isApprovedAfterImplementation() { return approvedAfterImplementation; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getClosedAt() { return closedAt; }
    public List<ChangeEvent> getHistory() { return history; }
}
