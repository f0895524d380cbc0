package com.weibao.inspection;

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
import jakarta.persistence.Table;
import java.time.Instant;

/** A department's signature on (or rejection of) one version of the inspection report: who, when, why. */
@Entity
@Table(name = "inspection_sign_off")
public class InspectionSignOff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "inspection_id")
    private Inspection inspection;

    @Column(name = "report_version", nullable = false)
    private int reportVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Department department;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SignOffDecision decision;

    @Column(length = 2000)
    private String reason;

    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected InspectionSignOff() {
    }

    InspectionSignOff(Inspection inspection, int reportVersion, Department department, SignOffDecision decision,
                      String reason, String decidedBy, Instant decidedAt) {
        this.inspection = inspection;
        this.reportVersion = reportVersion;
        this.department = department;
        this.decision = decision;
        this.reason = reason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long getId() { return id; }
    public int getReportVersion() { return reportVersion; }
    public Department getDepartment() { return department; }
    public SignOffDecision getDecision() { return decision; }
    public String getReason() { return reason; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
}
