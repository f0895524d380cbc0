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
 * A release (发版) of a covered system under a contract: a version, a planned date and the P3 cases it fixes. Its
 * problem list and timetable go to the hospital, which confirms the plan and accepts the result; released, it is part
 * of the system's version history. ReleaseProcess drives it.
 */
@Entity
@Table(name = "change_release")
public class Release {

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

    @Column(nullable = false)
    private String title;

    @Column(nullable = false, length = 64)
    private String version;

    @Column(name = "previous_version", length = 64)
    private String previousVersion;

    @Column(name = "planned_at", nullable = false)
    private Instant plannedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ReleaseStatus status;

    /** The hospital's last remarks when it sent the plan back or refused the result. */
    @Column(name = "hospital_remarks", length = 4000)
    private String hospitalRemarks;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    @OneToMany(mappedBy = "release", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ReleaseCase> cases = new ArrayList<>();

    @OneToMany(mappedBy = "release", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ReleaseEvent> history = new ArrayList<>();

    protected Release() {
    }

    Release(String contractCode, String hospitalCode, String systemCode, String title, String version,
            String previousVersion, Instant plannedAt, String createdBy, Instant createdAt) {
        this.reference = "FB-" + UUID.randomUUID().toString().substring(0, 8);
        this.contractCode = contractCode;
        this.hospitalCode = hospitalCode;
        this.systemCode = systemCode;
        this.title = title;
        this.version = version;
        this.previousVersion = previousVersion;
        this.plannedAt = plannedAt;
        this.status = ReleaseStatus.PLANNED;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void numbered() {
        this.reference = String.format("FB-%06d", id);
    }

    void record(Instant at, String actor, ReleaseEventType type, String detail) {
        history.add(new ReleaseEvent(this, at, actor, type, detail));
    }

    void add(ReleaseCase fixed) {
        cases.add(fixed);
    }

    boolean remove(String caseNumber) {
        return cases.removeIf(c -> c.getCaseNumber().equals(caseNumber));
    }

    boolean fixes(String caseNumber) {
        return cases.stream().anyMatch(c -> c.getCaseNumber().equals(caseNumber));
    }

    void replan(Instant plannedAt) {
        this.plannedAt = plannedAt;
    }

    void sent(Instant at) {
        this.status = ReleaseStatus.SENT;
        this.sentAt = at;
        this.hospitalRemarks = null;
    }

    void moveTo(ReleaseStatus next, String hospitalRemarks) {
        this.status = next;
        if (hospitalRemarks != null) {
            this.hospitalRemarks = hospitalRemarks;
        }
    }

    void released(String previousVersion, Instant at) {
        this.previousVersion = previousVersion;
        this.status = ReleaseStatus.RELEASED;
        this.releasedAt = at;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public Long getId() { return id; }
    public String getReference() { return reference; }
    public String getContractCode() { return contractCode; }
    public String getHospitalCode() { return hospitalCode; }
    public String getSystemCode() { return systemCode; }
    public String getTitle() { return title; }
    public String getVersion() { return version; }
    public String getPreviousVersion() { return previousVersion; }
    public Instant getPlannedAt() { return plannedAt; }
    public ReleaseStatus getStatus() { return status; }
    public String getHospitalRemarks() { return hospitalRemarks; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
    public Instant getReleasedAt() { return releasedAt; }
    public List<ReleaseCase> getCases() { return cases; }
    public List<ReleaseEvent> getHistory() { return history; }
}
