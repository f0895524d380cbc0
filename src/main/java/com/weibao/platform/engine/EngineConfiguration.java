package com.weibao.platform.engine;

import com.weibao.platform.identity.ExemptingPasswordPolicy;
import com.weibao.platform.identity.PasswordPolicyExemption;
import java.time.Clock;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine settings that are code rather than properties. Weibao is a process application: its processes and
 * forms are deployed from META-INF/processes.xml.
 */
@Configuration
@EnableProcessApplication("weibao")
public class EngineConfiguration {

    /** Milliseconds, like the engine's own dates: a deadline and its timer are the same instant. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }

    @Bean
    ProcessEnginePlugin hospitalTenancyPlugin(HospitalTenancy tenancy) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setTenantIdProvider(tenancy);
            }
        };
    }

    /**
     * Every password check goes through the login throttle ({@link PasswordCheckGuard}); Camunda's own login lock
     * is switched off in application.yml (loginMaxAttempts, loginDelayMaxTime), because it locks a user for
     * everybody, for good after ten failures, whoever caused them.
     */
    @Bean
    ProcessEnginePlugin guardedPasswordChecksPlugin(PasswordCheckGuard guard) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setIdentityProviderSessionFactory(GuardedIdentityProvider.factory(guard));
            }
        };
    }

    /**
     * Camunda's password policy (enablePasswordPolicy in application.yml) with the exemptions of a
     * {@link PasswordPolicyExemption} bean: the demo users' own passwords, in the demo profile only.
     */
    @Bean
    ProcessEnginePlugin passwordPolicyPlugin(ObjectProvider<PasswordPolicyExemption> exemptions) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void postInit(ProcessEngineConfigurationImpl configuration) {
                if (configuration.getPasswordPolicy() != null) {
                    configuration.setPasswordPolicy(
                            new ExemptingPasswordPolicy(configuration.getPasswordPolicy(), exemptions));
                }
            }
        };
    }

    /** What a person may change in a running process ({@link UserCommandGuard}), for every engine command. */
    @Bean
    ProcessEnginePlugin userCommandGuardPlugin() {
        return new UserCommandGuard.Plugin();
    }

    @Bean
    ProcessEnginePlugin engineRefusals() {
        return new EngineRefusals();
    }

    /** The features' {@link TaskCreationHook}s and {@link TaskCompletionHook}s on other modules' user tasks. */
    @Bean
    ProcessEnginePlugin taskCreationHooks(ObjectProvider<TaskCreationHook> hooks,
                                          ObjectProvider<TaskCompletionHook> completionHooks) {
        return new TaskCreationHooks(hooks, completionHooks);
    }

    @Bean
    ProcessEnginePlugin parsedOnceFeelPlugin() {
        return new ParsedOnceFeelPlugin();
    }
}
