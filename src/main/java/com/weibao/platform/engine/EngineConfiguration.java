package com.weibao.platform.engine;

import java.time.Clock;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine settings that are code rather than properties. */
@Configuration
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

    @Bean
    ProcessEnginePlugin engineRefusals() {
        return new EngineRefusals();
    }

    @Bean
    ProcessEnginePlugin parsedOnceFeelPlugin() {
        return new ParsedOnceFeelPlugin();
    }
}
