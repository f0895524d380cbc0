package com.weibao.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last case number handed out in a year. */
@Entity
@Table(name = "case_number_counter")
class CaseNumberCounter {

    @Id
    @Column(name = "counter_year")
    private Integer year;

    @Column(name = "last_number", nullable = false)
    private long lastNumber;

    protected CaseNumberCounter() {
    }

    CaseNumberCounter(int year) {
        this.year = year;
    }

    long increment() {
        return ++lastNumber;
    }
}
