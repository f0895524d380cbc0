package com.weibao.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A hospital (院方). Its code is also its Camunda tenant id. */
@Entity
@Table(name = "hospital")
public class Hospital {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(nullable = false)
    private String name;

    /** The hospital's responsible contact (院方负责人), last step of an escalation. */
    private String contactName;
    private String contactPhone;
    private String contactEmail;

    protected Hospital() {
    }

    public Hospital(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public void updateDetails(String name, String contactName, String contactPhone, String contactEmail) {
        this.name = name;
        this.contactName = contactName;
        this.contactPhone = contactPhone;
        this.contactEmail = contactEmail;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getContactName() { return contactName; }
    public String getContactPhone() { return contactPhone; }
    public String getContactEmail() { return contactEmail; }
}
