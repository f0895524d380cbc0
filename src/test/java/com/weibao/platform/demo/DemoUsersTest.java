package com.weibao.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.weibao.platform.identity.HospitalTenants;
import com.weibao.platform.identity.IdentityAdmin;
import com.weibao.platform.identity.PasswordPolicyExemption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The demo users, and with them the password policy's only exemption, exist only with weibao.demo.users. */
class DemoUsersTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(IdentityAdmin.class, () -> mock(IdentityAdmin.class))
            .withBean(HospitalTenants.class, () -> mock(HospitalTenants.class))
            .withUserConfiguration(DemoUsers.class);

    @Test
    void noExemptionFromThePasswordPolicyOutsideTheDemo() {
        context.run(app -> assertThat(app).doesNotHaveBean(PasswordPolicyExemption.class));
        context.withPropertyValues("weibao.demo.users=false")
                .run(app -> assertThat(app).doesNotHaveBean(PasswordPolicyExemption.class));
    }

    @Test
    void inTheDemoEachDemoUserMayHaveTheirOwnNameAsPassword() {
        context.withPropertyValues("weibao.demo.users=true").run(app -> {
            DemoUsers demo = app.getBean(DemoUsers.class);
            demo.run(null);
            PasswordPolicyExemption exemption = app.getBean(PasswordPolicyExemption.class);
            assertThat(exemption.allows("engineer2", "engineer2")).isTrue();
            assertThat(exemption.allows("engineer2", "engineer1")).isFalse();
            assertThat(exemption.allows("bob", "bob")).isFalse();
        });
    }
}
