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

/** A covered system's version history entry: which version runs since when, brought by which change. */
@Entity
@Table(name = "system_version")
public class SystemVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_code", nullable = false, length = 64)
    private String contractCode;

    @Column(name = "system_code", nullable = false, length = 64)
    private String systemCode;

    @Column(nullable = false, length = 64)
    private String version;

    @Column(length = 64)
    private String previous;

    @Column(name = "running_since", nullable = false)
    private Instant runningSince;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "change_id")
    private Change change;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected SystemVersion() {
    }

    SystemVersion(Change change, Instant runningSince, String recordedBy) {
        this.contractCode = change.getContractCode();
        this.systemCode = change.getSystemCode();
        this.version = change.getTargetVersion();
        this.previous = change.getCurrentVersion();
        this.runningSince = runningSince;
        this.change = change;
        this.recordedBy = recordedBy;
    }

    public String getContractCode() { return contractCode; }
    public String getSystemCode() { return systemCode; }
    public String getVersion() { return version; }
    public String getPrevious() { return previous; }
    public Instant getRunningSince() { return runningSince; }
    public Change getChange() { return change; }
    public String getRecordedBy() { return recordedBy; }
}
