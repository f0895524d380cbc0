package com.weibao.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.weibao.platform.identity.PasswordPolicyExemption;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * Camunda's password policy as Weibao configures it, on a real in-memory engine: without an exemption (every
 * profile but the demo) a demo user's own name is as weak a password as any; the demo's exemption passes exactly
 * that user's own name.
 */
class PasswordPolicyTest {

    private ProcessEngine engine;

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void withoutAnExemptionEvenTheDemoPasswordsAreRefused() {
        IdentityService identity = engine(new StaticListableBeanFactory());

        assertThatThrownBy(() -> save(identity, "agent", "agent")).isInstanceOf(ProcessEngineException.class)
                .hasMessage("Password does not match policy");
        assertThatThrownBy(() -> save(identity, "engineer1", "a")).isInstanceOf(ProcessEngineException.class);
        save(identity, "agent", "Tz4$wq8!Rn");
        assertThat(identity.checkPassword("agent", "Tz4$wq8!Rn")).isTrue();
        assertThat(identity.checkPasswordAgainstPolicy("agent").isValid()).isFalse();
    }

    @Test
    void theDemoExemptionPassesADemoUsersOwnNameOnly() {
        PasswordPolicyExemption demoUsers = (userId, password) -> "agent".equals(userId) && userId.equals(password);
        IdentityService identity = engine(new StaticListableBeanFactory(Map.of("demoUsers", demoUsers)));

        save(identity, "agent", "agent");
        assertThat(identity.checkPassword("agent", "agent")).isTrue();
        assertThatThrownBy(() -> save(identity, "agent", "lead")).isInstanceOf(ProcessEngineException.class);
        assertThatThrownBy(() -> save(identity, "lead", "lead")).isInstanceOf(ProcessEngineException.class);
        assertThatThrownBy(() -> save(identity, "bob", "agent")).isInstanceOf(ProcessEngineException.class);
    }

    private IdentityService engine(StaticListableBeanFactory beans) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        String name = "password-policy-" + UUID.randomUUID();
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        configuration.setProcessEngineName(name);
        configuration.setJobExecutorActivate(false);
        configuration.setEnablePasswordPolicy(true);
        configuration.getProcessEnginePlugins().add(new EngineConfiguration()
                .passwordPolicyPlugin(beans.getBeanProvider(PasswordPolicyExemption.class)));
        engine = configuration.buildProcessEngine();
        return engine.getIdentityService();
    }

    private static void save(IdentityService identity, String id, String password) {
        User user = identity.createUserQuery().userId(id).singleResult();
        if (user == null) {
            user = identity.newUser(id);
            user.setFirstName("演示");
        }
        user.setPassword(password);
        identity.saveUser(user);
    }
}
