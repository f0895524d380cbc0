package com.weibao.intake.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeChatBindingsTest {

    @ParameterizedTest(name = "''{0}'' (bound={1}) -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "绑定 K7Q2MX   | false | K7Q2MX",
            "绑定K7Q2MX    | true  | K7Q2MX",
            "bind k7q2mx   | true  | K7Q2MX",
            "k7q2mx        | false | K7Q2MX",
            "thanks        | true  | null",
            "打印机坏了    | false | null",
            "绑定 K7Q2     | false | null"})
    void recognisesBindingCommands(String text, boolean bound, String code) {
        assertThat(WeChatBindings.bindingCode(text, bound).orElse(null)).isEqualTo(code);
    }
}
