package com.weibao.quality;

import com.weibao.cases.Satisfaction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One satisfaction rating (优/良/差) with its source, kept per case and contract; one per case and source. A survey's
 * rating has no case: it names the department called (and the call).
 */
@Entity
@Table(name = "quality_satisfaction")
class SatisfactionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "case_number", length = 32)
    private String caseNumber;

    @Column(name = "contract_code", nullable = false, length = 64)
    private String contractCode;

    @Column(name = "hospital_code", nullable = false, length = 64)
    private String hospitalCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 16)
    private SatisfactionSource source;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating", nullable = false, length = 16)
    private Satisfaction rating;

    @Column(name = "comment_text", length = 2000)
    private String comment;

    @Column(name = "given_by", length = 64)
    private String givenBy;

    @Column(name = "given_at", nullable = false)
    private Instant givenAt;

    @Column(name = "survey_call_id")
    private Long surveyCallId;

    @Column(name = "department", length = 100)
    private String department;

    protected SatisfactionRecord() {
    }

    SatisfactionRecord(Long caseId, String caseNumber, String contractCode, String hospitalCode,
                       SatisfactionSource source, Satisfaction rating, String comment, String givenBy, Instant givenAt) {
        this.caseId = caseId;
        this.caseNumber = caseNumber;
        this.contractCode = contractCode;
        this.hospitalCode = hospitalCode;
        this.source = source;
        this.rating = rating;
        this.comment = comment;
        this.givenBy = givenBy;
        this.givenAt = givenAt;
    }

    /** A department's rating in the yearly satisfaction survey (no case). */
    static SatisfactionRecord ofSurvey(SurveyCall call, String contractCode, String hospitalCode) {
        SatisfactionRecord record = new SatisfactionRecord(null, null, contractCode, hospitalCode,
                SatisfactionSource.SURVEY, call.getRating(), call.getComment(), call.getCalledBy(), call.getCalledAt());
        record.surveyCallId = call.getId();
        record.department = call.getDepartment();
        return record;
    }

    Long getCaseId() { return caseId; }
    String getDepartment() { return department; }
    String getCaseNumber() { return caseNumber; }
    String getContractCode() { return contractCode; }
    SatisfactionSource getSource() { return source; }
    Satisfaction getRating() { return rating; }
    String getComment() { return comment; }
    String getGivenBy() { return givenBy; }
    Instant getGivenAt() { return givenAt; }
}
