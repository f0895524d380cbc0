package com.weibao.platform.demo;

import com.weibao.platform.identity.HospitalTenants;
import com.weibao.platform.identity.IdentityAdmin;
import com.weibao.platform.identity.PasswordPolicyExemption;
import com.weibao.platform.security.Roles;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo users, password = user name: the vendor's desk and, per hospital, an IT and a clinical user
 * (it-fuscc, clinical-fuscc, ...). Only with weibao.demo.users=true (the demo profile), and so is the one
 * exemption from the password policy: each of these users may have their own name as password, nobody else.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "weibao.demo.users", havingValue = "true")
class DemoUsers implements ApplicationRunner, PasswordPolicyExemption {

    private final IdentityAdmin admin;
    private final HospitalTenants hospitals;
    private final Set<String> demoUserIds = ConcurrentHashMap.newKeySet();

    DemoUsers(IdentityAdmin admin, HospitalTenants hospitals) {
        this.admin = admin;
        this.hospitals = hospitals;
    }

    @Override
    public void run(ApplicationArguments args) {
        vendorUser("agent", "王丽", "热线坐席", Roles.AGENTS);
        vendorUser("engineer1", "张伟", "工程师", Roles.ENGINEERS);
        vendorUser("engineer2", "李强", "工程师", Roles.ENGINEERS);
        vendorUser("lead", "陈刚", "组长", Roles.LEADS);
        vendorUser("manager", "刘洋", "服务经理", Roles.MANAGERS);
        vendorUser("admin", "系统管理员", "", Groups.CAMUNDA_ADMIN);
        vendorUser("monitor", "运行监控", "Prometheus", Roles.MONITORING);
        for (HospitalTenants.Tenant hospital : hospitals.all()) {
            String code = hospital.code();
            hospitalUser("it-" + code, "信息科", hospital, Roles.hospitalItGroup(code));
            hospitalUser("clinical-" + code, "临床科室", hospital, Roles.hospitalClinicalGroup(code));
        }
    }

    @Override
    public boolean allows(String userId, String password) {
        return demoUserIds.contains(userId) && userId.equals(password);
    }

    /** Camunda shows "first last": the full Chinese name goes first, the role after it. */
    private void vendorUser(String id, String name, String role, String group) {
        demoUserIds.add(id);
        admin.user(id, id, name, role, id + "@weibao.local");
        admin.membership(id, group);
    }

    private void hospitalUser(String id, String department, HospitalTenants.Tenant hospital, String group) {
        demoUserIds.add(id);
        admin.user(id, id, hospital.name(), department, id + "@" + hospital.code() + ".example");
        admin.membership(id, group);
    }
}
