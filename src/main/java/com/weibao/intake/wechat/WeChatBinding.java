package com.weibao.intake.wechat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A WeChat user (openid, or WeCom user id) bound to a reporter: who they are and which contract they report for. */
@Entity
@Table(name = "wechat_binding")
public class WeChatBinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private WeChatApp app;

    @Column(nullable = false, length = 128)
    private String wechatUser;

    /** The Weibao (Camunda) user, when the reporter is a hospital user. */
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

    @Column(nullable = false)
    private Instant boundAt;

    protected WeChatBinding() {
    }

    WeChatBinding(WeChatApp app, String wechatUser, Instant now) {
        this.app = app;
        this.wechatUser = wechatUser;
        this.boundAt = now;
    }

    void bindTo(String user, String name, String phone, String email, String department, String contract,
                Instant now) {
        this.userId = user;
        this.reporterName = name;
        this.reporterPhone = phone;
        this.reporterEmail = email;
        this.reporterDepartment = department;
        this.contractCode = contract;
        this.boundAt = now;
    }

    public Long getId() { return id; }
    public WeChatApp getApp() { return app; }
    public String getWechatUser() { return wechatUser; }
    public String getUserId() { return userId; }
    public String getReporterName() { return reporterName; }
    public String getReporterPhone() { return reporterPhone; }
    public String getReporterEmail() { return reporterEmail; }
    public String getReporterDepartment() { return reporterDepartment; }
    public String getContractCode() { return contractCode; }
    public Instant getBoundAt() { return boundAt; }
}
