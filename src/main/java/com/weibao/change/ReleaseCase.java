package com.weibao.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A P3 case a release fixes: one line of the problem list the hospital receives. */
@Entity
@Table(name = "release_case")
public class ReleaseCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "release_id")
    private Release release;

    @Column(name = "case_number", nullable = false, length = 32)
    private String caseNumber;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "added_by", nullable = false, length = 100)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected ReleaseCase() {
    }

    ReleaseCase(Release release, String caseNumber, String summary, Instant reportedAt, String addedBy,
                Instant addedAt) {
        this.release = release;
        this.caseNumber = caseNumber;
        this.summary = summary.length() > 1000 ? summary.substring(0, 1000) : summary;
        this.reportedAt = reportedAt;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    public Release getRelease() { return release; }
    public String getCaseNumber() { return caseNumber; }
    public String getSummary() { return summary; }
    public Instant getReportedAt() { return reportedAt; }
    public String getAddedBy() { return addedBy; }
    public Instant getAddedAt() { return addedAt; }
}
