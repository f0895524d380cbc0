package com.weibao.quality;

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
import java.time.Instant;

/**
 * The yearly satisfaction survey of a contract (满意度调查): one per contract and year, its departments' calls
 * ({@link SurveyCall}), the service manager's summary and improvement measures, and the result document.
 */
@Entity
@Table(name = "quality_survey")
class Survey {

    static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_code", nullable = false, length = 64)
    private String contractCode;

    @Column(name = "hospital_code", nullable = false, length = 64)
    private String hospitalCode;

    @Column(name = "survey_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SurveyStatus status;

    @Column(name = "started_by", nullable = false, length = 64)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(length = TEXT_MAX)
    private String summary;

    @Column(length = TEXT_MAX)
    private String improvements;

    @Column(name = "summarized_by", length = 64)
    private String summarizedBy;

    @Column(name = "summarized_at")
    private Instant summarizedAt;

    @Basic(fetch = FetchType.LAZY)
    @Lob
    @Column(name = "report_docx")
    private byte[] reportDocx;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    protected Survey() {
    }

    Survey(String contractCode, String hospitalCode, int year, String startedBy, Instant startedAt,
           String processInstanceId) {
        this.contractCode = contractCode;
        this.hospitalCode = hospitalCode;
        this.year = year;
        this.status = SurveyStatus.CALLING;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.processInstanceId = processInstanceId;
    }

    void summarized(String summary, String improvements, String by, Instant at) {
        this.summary = summary;
        this.improvements = improvements;
        this.summarizedBy = by;
        this.summarizedAt = at;
        this.status = SurveyStatus.SUMMARIZED;
    }

    void callsDone() {
        if (status == SurveyStatus.CALLING) {
            status = SurveyStatus.SUMMARIZING;
        }
    }

    void reported(byte[] docx, Instant at) {
        this.reportDocx = docx;
        this.reportedAt = at;
        this.status = SurveyStatus.REPORTED;
    }

    Long getId() { return id; }
    String getContractCode() { return contractCode; }
    String getHospitalCode() { return hospitalCode; }
    int getYear() { return year; }
    SurveyStatus getStatus() { return status; }
    String getStartedBy() { return startedBy; }
    Instant getStartedAt() { return startedAt; }
    String getSummary() { return summary; }
    String getImprovements() { return improvements; }
    String getSummarizedBy() { return summarizedBy; }
    Instant getSummarizedAt() { return summarizedAt; }
    byte[] getReportDocx() { return reportDocx; }
    Instant getReportedAt() { return reportedAt; }
    String getProcessInstanceId() { return processInstanceId; }
}
