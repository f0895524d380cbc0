package com.weibao.report;

import com.weibao.platform.web.ConflictException;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A contract's report for one period under review: drafted, released by the service manager with a summary and
 * improvement measures, returned by the hospital's IT department with remarks (then revised and released again),
 * acknowledged (签收) and archived with its documents, after which nothing of it changes.
 */
@Entity
@Table(name = "contract_report")
class ContractReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 64)
    private String contractCode;

    @Column(nullable = false, length = 64)
    private String hospitalCode;

    @Column(nullable = false, length = 16)
    private String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportPeriod.Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportDocument document;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReportStatus status;

    @Column(nullable = false)
    private int revision;

    @Column(length = 4000)
    private String summary;

    @Column(length = 4000)
    private String improvements;

    @Column(length = 2000)
    private String remarks;

    @Column(nullable = false)
    private Instant draftedAt;

    private Instant releasedAt;
    private String releasedBy;
    private Instant returnedAt;
    private String returnedBy;
    private Instant acknowledgedAt;
    private String acknowledgedBy;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] archivedDocx;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    private byte[] archivedXlsx;

    private String processInstanceId;

    protected ContractReport() {
    }

    ContractReport(String contractCode, String hospitalCode, ReportPeriod period, ReportDocument document,
                   Instant now) {
        this.contractCode = contractCode;
        this.document = document;
        this.hospitalCode = hospitalCode;
        this.period = period.name();
        this.kind = period.kind();
        this.status = ReportStatus.DRAFT;
        this.revision = 1;
        this.draftedAt = now;
    }

    void release(String summary, String improvements, String by, Instant now) {
        require("release", ReportStatus.DRAFT, ReportStatus.RETURNED);
        this.summary = summary;
        this.improvements = improvements;
        this.status = ReportStatus.RELEASED;
        this.releasedAt = now;
        this.releasedBy = by;
    }

    void returnWithRemarks(String remarks, String by, Instant now) {
        require("return", ReportStatus.RELEASED);
        this.remarks = remarks;
        this.status = ReportStatus.RETURNED;
        this.returnedAt = now;
        this.returnedBy = by;
        this.revision++;
    }

    void archive(String by, Instant now, byte[] docx, byte[] xlsx) {
        require("acknowledge", ReportStatus.RELEASED);
        this.status = ReportStatus.ARCHIVED;
        this.acknowledgedAt = now;
        this.acknowledgedBy = by;
        this.archivedDocx = docx;
        this.archivedXlsx = xlsx;
    }

    void linkProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    private void require(String action, ReportStatus... allowed) {
        for (ReportStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new ConflictException(document.label() + " " + contractCode + "/" + period + " is " + status + ": cannot " + action
                + (status == ReportStatus.ARCHIVED ? " (acknowledged reports are archived and do not change)" : ""));
    }

    ReportPeriod period() {
        return ReportPeriod.parse(period);
    }

    Long getId() { return id; }
    String getContractCode() { return contractCode; }
    String getHospitalCode() { return hospitalCode; }
    String getPeriod() { return period; }
    ReportPeriod.Kind getKind() { return kind; }
    ReportDocument getDocument() { return document; }
    ReportStatus getStatus() { return status; }
    int getRevision() { return revision; }
    String getSummary() { return summary; }
    String getImprovements() { return improvements; }
    String getRemarks() { return remarks; }
    Instant getDraftedAt() { return draftedAt; }
    Instant getReleasedAt() { return releasedAt; }
    String getReleasedBy() { return releasedBy; }
    Instant getAcknowledgedAt() { return acknowledgedAt; }
    String getAcknowledgedBy() { return acknowledgedBy; }
    byte[] getArchivedDocx() { return archivedDocx; }
    byte[] getArchivedXlsx() { return archivedXlsx; }
    String getProcessInstanceId() { return processInstanceId; }
}
