package com.weibao.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThresholdTest {

    @ParameterizedTest
    @CsvSource({
            "< 90, 89.99, true", "< 90, 90, false", "< 90, 93, false",
            "<= 24, 24, true", "<= 24, 24.5, false",
            "> 0, 0.1, true", "> 0, 0, false",
            ">= 1, 1, true", ">=1, 0.999, false", "<-5, -6, true",
    })
    void acceptsWhatMeetsTheLimit(String threshold, BigDecimal value, boolean accepted) {
        assertThat(Threshold.parse(threshold).accepts(value)).isEqualTo(accepted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "90", "< ", "= 90", "< ninety", "<< 90", "< 90 %"})
    void refusesWhatIsNotAThreshold(String text) {
        assertThatThrownBy(() -> Threshold.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a threshold");
    }

    @ParameterizedTest
    @CsvSource({"< 90, %, < 90 %", "<= 24, 小时, ≤ 24 小时", ">= 1.50, , ≥ 1.5"})
    void describesItForPeople(String threshold, String unit, String described) {
        assertThat(Threshold.parse(threshold).describe(unit)).isEqualTo(described);
    }
}
