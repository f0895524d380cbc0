package com.weibao.contract;

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

/** A software or hardware item the contract covers (维保对象). */
@Entity
@Table(name = "covered_system")
public class CoveredSystem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @Column(nullable = false, length = 64)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SystemKind kind;

    protected CoveredSystem() {
    }

    CoveredSystem(Contract contract, String code, String name, SystemKind kind) {
        this.contract = contract;
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    void update(String name, SystemKind kind) {
        this.name = name;
        this.kind = kind;
    }

    public Long getId() { return id; }
    public Contract getContract() { return contract; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public SystemKind getKind() { return kind; }
}
