package com.weibao.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The person who reported the case (报修人). */
@Embeddable
public class Reporter {

    @Column(name = "reporter_name", length = 100)
    private String name;

    @Column(name = "reporter_phone", length = 50)
    private String phone;

    @Column(name = "reporter_email", length = 254)
    private String email;

    @Column(name = "reporter_department", length = 100)
    private String department;

    protected Reporter() {
    }

    public Reporter(String name, String phone, String email, String department) {
        this.name = name;
        this.phone = phone;
        this.email = email;
        this.department = department;
    }

    public String getName() { return name; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public String getDepartment() { return department; }
}
