package com.weibao.quality;

import com.weibao.platform.identity.IdentityAdmin;
import com.weibao.platform.identity.PasswordPolicyExemption;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo's callback team member {@code callback} (回访专员, password = user name), with the other demo users. */
@Component
@Order(3)
@ConditionalOnProperty(name = "weibao.demo.users", havingValue = "true")
class QualityDemoUsers implements ApplicationRunner, PasswordPolicyExemption {

    static final String USER = "callback";

    private final IdentityAdmin admin;

    QualityDemoUsers(IdentityAdmin admin) {
        this.admin = admin;
    }

    @Override
    public void run(ApplicationArguments args) {
        admin.user(USER, USER, "赵敏", "回访专员", USER + "@weibao.local");
        admin.membership(USER, QualityRoles.CALLBACKS);
    }

    @Override
    public boolean allows(String userId, String password) {
        return USER.equals(userId) && USER.equals(password);
    }
}
