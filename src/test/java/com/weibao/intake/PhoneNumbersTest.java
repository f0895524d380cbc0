package com.weibao.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "13800000000          | 13800000000",
            "138 0000 0000        | 13800000000",
            "+86 138-0000-0000    | 13800000000",
            "008613800000000      | 13800000000",
            "8613800000000        | 13800000000",
            "020-00000001         | 02000000001",
            "(020) 0000 0001      | 02000000001",
            "+86 20 0000 0001     | 02000000001",
            "+86 10 6000 0000     | 01060000000",
            "400-811-8890         | 4008118890",
            "12                   | null",
            "null                 | null"})
    void reducesNumbersToOneComparableForm(String raw, String normalized) {
        assertThat(PhoneNumbers.normalize(raw)).isEqualTo(normalized);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"+86 138 0000 0000 | 13800000000 | true", "020-00000001 | 02000000002 | false"})
    void comparesNumbersWrittenDifferently(String a, String b, boolean same) {
        assertThat(PhoneNumbers.sameNumber(a, b)).isEqualTo(same);
    }
}
