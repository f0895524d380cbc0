package com.weibao.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Period;

/**
 * A contract's release cadence (seed 003 §5.5: P3 faults fixed in a release every week, at the latest every two
 * weeks), from the contract file's {@code releases} key.
 */
@Entity
@Table(name = "release_cadence")
public class ReleaseCadence {

    @Id
    @Column(name = "contract_code", length = 64)
    private String contractCode;

    @Column(name = "every_period", nullable = false, length = 32)
    private String every;

    @Column(name = "at_latest", nullable = false, length = 32)
    private String atLatest;

    protected ReleaseCadence() {
    }

    ReleaseCadence(String contractCode) {
        this.contractCode = contractCode;
    }

    void update(Period every, Period atLatest) {
        this.every = every.toString();
        this.atLatest = atLatest.toString();
    }

    public String getContractCode() { return contractCode; }
    public Period getEvery() { return Period.parse(every); }
    public Period getAtLatest() { return Period.parse(atLatest); }
}
