package com.weibao.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A case's fault handed to the vendor's R&D as a product bug (seed 000 §基础故障响应): the R&D ticket and the expected
 * fix date the reporter is told; the release that fixes the case, once the hospital accepts it.
 */
@Entity
@Table(name = "product_bug")
public class ProductBug {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number", nullable = false, length = 32)
    private String caseNumber;

    @Column(name = "contract_code", nullable = false, length = 64)
    private String contractCode;

    @Column(name = "hospital_code", nullable = false, length = 64)
    private String hospitalCode;

    @Column(nullable = false, length = 64)
    private String ticket;

    @Column(name = "expected_fix_on", nullable = false)
    private LocalDate expectedFixOn;

    @Column(length = 4000)
    private String description;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "release_reference", length = 32)
    private String releaseReference;

    @Column(name = "release_version", length = 64)
    private String releaseVersion;

    @Column(name = "fix_released_at")
    private Instant fixReleasedAt;

    protected ProductBug() {
    }

    ProductBug(String caseNumber, String contractCode, String hospitalCode, String ticket, LocalDate expectedFixOn,
               String description, String recordedBy, Instant recordedAt) {
        this.caseNumber = caseNumber;
        this.contractCode = contractCode;
        this.hospitalCode = hospitalCode;
        this.ticket = ticket;
        this.expectedFixOn = expectedFixOn;
        this.description = description;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void fixReleased(String reference, String version, Instant at) {
        this.releaseReference = reference;
        this.releaseVersion = version;
        this.fixReleasedAt = at;
    }

    public boolean isFixReleased() {
        return fixReleasedAt != null;
    }

    public Long getId() { return id; }
    public String getCaseNumber() { return caseNumber; }
    public String getContractCode() { return contractCode; }
    public String getHospitalCode() { return hospitalCode; }
    public String getTicket() { return ticket; }
    public LocalDate getExpectedFixOn() { return expectedFixOn; }
    public String getDescription() { return description; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getReleaseReference() { return releaseReference; }
    public String getReleaseVersion() { return releaseVersion; }
    public Instant getFixReleasedAt() { return fixReleasedAt; }
}
