package com.weibao.intake.wechat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time code that binds whoever sends it to the service account to the reporter it was issued for. */
@Entity
@Table(name = "wechat_binding_code")
class WeChatBindingCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 16)
    private String code;

    @Column(length = 100)
    private String userId;

    @Column(nullable = false, length = 100)
    private String reporterName;

    @Column(length = 50)
    private String reporterPhone;

    @Column(length = 254)
    private String reporterEmail;

    @Column(length = 100)
    private String reporterDepartment;

    @Column(length = 64)
    private String contractCode;

    @Column(nullable = false, length = 100)
    private String createdBy;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant expiresAt;

    private Instant usedAt;

    private Long bindingId;

    protected WeChatBindingCode() {
    }

    WeChatBindingCode(String code, String userId, String name, String phone, String email, String department,
                      String contract, String createdBy, Instant now, Instant expiresAt) {
        this.code = code;
        this.userId = userId;
        this.reporterName = name;
        this.reporterPhone = phone;
        this.reporterEmail = email;
        this.reporterDepartment = department;
        this.contractCode = contract;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean usable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void used(long binding, Instant now) {
        this.usedAt = now;
        this.bindingId = binding;
    }

    String getCode() { return code; }
    String getUserId() { return userId; }
    String getReporterName() { return reporterName; }
    String getReporterPhone() { return reporterPhone; }
    String getReporterEmail() { return reporterEmail; }
    String getReporterDepartment() { return reporterDepartment; }
    String getContractCode() { return contractCode; }
    Instant getExpiresAt() { return expiresAt; }
}
