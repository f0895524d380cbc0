package com.weibao.platform.demo;

import com.weibao.contract.Hospital;
import com.weibao.contract.HospitalRepository;
import com.weibao.platform.security.Roles;
import com.weibao.platform.identity.IdentityAdmin;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users, password = user name: the vendor's desk and, per hospital, an IT and a clinical user
 * (it-fuscc, clinical-fuscc, ...). Only with weibao.demo.users=true (the demo profile).
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "weibao.demo.users", havingValue = "true")
class DemoUsers implements ApplicationRunner {

    private final IdentityAdmin admin;
    private final HospitalRepository hospitals;

    DemoUsers(IdentityAdmin admin, HospitalRepository hospitals) {
        this.admin = admin;
        this.hospitals = hospitals;
    }

    @Override
    public void run(ApplicationArguments args) {
        vendorUser("agent", "丽", "王", Roles.AGENTS);
        vendorUser("engineer1", "伟", "张", Roles.ENGINEERS);
        vendorUser("engineer2", "强", "李", Roles.ENGINEERS);
        vendorUser("lead", "刚", "陈", Roles.LEADS);
        vendorUser("manager", "洋", "刘", Roles.MANAGERS);
        vendorUser("admin", "管理员", "系统", Groups.CAMUNDA_ADMIN);
        for (Hospital hospital : hospitals.findAll()) {
            String code = hospital.getCode();
            hospitalUser("it-" + code, "信息科", hospital, Roles.hospitalItGroup(code));
            hospitalUser("clinical-" + code, "临床科室", hospital, Roles.hospitalClinicalGroup(code));
        }
    }

    private void vendorUser(String id, String firstName, String lastName, String group) {
        admin.user(id, id, firstName, lastName, id + "@weibao.local");
        admin.membership(id, group);
    }

    private void hospitalUser(String id, String department, Hospital hospital, String group) {
        admin.user(id, id, department, hospital.getName(), id + "@" + hospital.getCode() + ".example");
        admin.membership(id, group);
    }
}
