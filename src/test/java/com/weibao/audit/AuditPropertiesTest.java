package com.weibao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The retention cannot be set below six months: the application refuses to start and says why. */
class AuditPropertiesTest {

    @Configuration
    @EnableConfigurationProperties(AuditProperties.class)
    static class Properties {
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ConfigurationPropertiesAutoConfiguration.class))
            .withUserConfiguration(Properties.class);

    @Test
    void defaultsToThreeYears() {
        context.run(c -> assertThat(c.getBean(AuditProperties.class).retention()).isEqualTo(Period.ofYears(3)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P6M", "P184D", "P1Y", "P5M31D", "6m"})
    void sixMonthsOrMoreStart(String retention) {
        context.withPropertyValues("weibao.audit.retention=" + retention)
                .run(c -> assertThat(c).hasNotFailed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"P5M", "P180D", "P183D", "P5M27D", "P0D", "-P1Y"})
    void lessThanSixMonthsRefusesToStart(String retention) {
        context.withPropertyValues("weibao.audit.retention=" + retention).run(c -> {
            assertThat(c).hasFailed();
            assertThat(c.getStartupFailure()).rootCause().hasMessageContaining("at least 6 months")
                    .hasMessageContaining("Cybersecurity Law art. 21");
        });
    }

    @Test
    void anExportHoldsAtLeastOneRow() {
        assertThatThrownBy(() -> new AuditProperties(Period.ofYears(1), 0)).hasMessageContaining("export-max-rows");
    }
}
