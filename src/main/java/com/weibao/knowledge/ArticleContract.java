package com.weibao.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A contract the article applies to, with the contract's hospital (whose users read it when it is a FAQ). */
@Embeddable
class ArticleContract {

    @Column(name = "contract_code", nullable = false)
    @KeywordField
    private String contractCode;

    @Column(name = "hospital_code", nullable = false)
    @KeywordField
    private String hospitalCode;

    protected ArticleContract() {
    }

    ArticleContract(String contractCode, String hospitalCode) {
        this.contractCode = contractCode;
        this.hospitalCode = hospitalCode;
    }

    String getContractCode() { return contractCode; }
    String getHospitalCode() { return hospitalCode; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArticleContract other && contractCode.equals(other.contractCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contractCode);
    }
}
