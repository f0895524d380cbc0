package com.weibao.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Masking personal data in realistic Chinese texts, and in the log output of logback-spring.xml. */
class PersonalDataTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            手机号                    | 报修人王护士，电话13812341234，请回电                  | 报修人王护士，电话138****1234，请回电
            手机号带+86和空格         | 联系方式：+86 138 1234 5678                           | 联系方式：+86 138****5678
            手机号带横线              | 手机 139-0000-1234（白天）                            | 手机 139****1234（白天）
            手机号0086                | 来电 008615912345678 未接通                           | 来电 0086159****5678 未接通
            两个手机号                | 13800001111转13900002222                              | 138****1111转139****2222
            座机带区号                | 门诊收费处座机：010-12345678                          | 门诊收费处座机：010-****5678
            深圳座机                  | 信息科 0755-86001234 转 8                             | 信息科 0755-****1234 转 8
            座机括号                  | 电话（021）64175590                                   | 电话（021）-****5590
            座机分机                  | 总机 020-87654321-8021 找李工                         | 总机 020-****4321 找李工
            身份证                    | 患者身份证号440305199001011234已核对                  | 患者身份证号4403**********1234已核对
            身份证末位X               | 身份证：11010519491231002X                            | 身份证：1101**********002X
            身份证小写x               | id 11010519491231002x                                 | id 1101**********002x
            电子邮件                  | 请发邮件至 wang.hushi@renmin-hospital.example 联系   | 请发邮件至 w***@renmin-hospital.example 联系
            邮件在尖括号中            | From: "王护士" <it-renmin@renmin.example>             | From: "王护士" <i***@renmin.example>
            混合                      | 张三 13712345678 zhangsan@qq.com 身份证 320102198512125678 | 张三 137****5678 z***@qq.com 身份证 3201**********5678
            工单号不动                | 工单 WB-2026-000123 已登记                            | 工单 WB-2026-000123 已登记
            400热线不动               | 请拨打 400-811-8890                                   | 请拨打 400-811-8890
            时间不动                  | 2026-11-22T10:00:00+08:00 至 2026-11-22 17:30         | 2026-11-22T10:00:00+08:00 至 2026-11-22 17:30
            长数字不动                | 流水号 202611221015301234567 引擎id 13800000000abc    | 流水号 202611221015301234567 引擎id 13800000000abc
            十二位数字不动            | 订单 138123456789                                     | 订单 138123456789
            UUID不动                  | 实例 3f2c1e6a-0d1b-11f1-9a7e-138000001234             | 实例 3f2c1e6a-0d1b-11f1-9a7e-138000001234
            无个人信息                | 收费窗口开票时报错：证书无效                          | 收费窗口开票时报错：证书无效
            """)
    void masksPhonesIdCardsAndEmailsInText(String name, String text, String masked) {
        assertThat(PersonalData.mask(text)).isEqualTo(masked);
    }

    @Test
    void masksFieldsWhateverTheirWriting() {
        assertThat(PersonalData.maskPhone("13800001234")).isEqualTo("138****1234");
        assertThat(PersonalData.maskPhone("020-0000 1234")).isEqualTo("020-****1234");
        assertThat(PersonalData.maskPhone("6417 5590")).isEqualTo("****5590");
        assertThat(PersonalData.maskPhone(null)).isNull();
        assertThat(PersonalData.maskEmail("a@example.com")).isEqualTo("a***@example.com");
        assertThat(PersonalData.maskEmail("王@医院")).isEqualTo("***@医院");
        assertThat(PersonalData.mask(null)).isNull();
    }

    /** logback-spring.xml as Spring Boot loads it: INFO and above masked on the console and in the log file. */
    @Test
    void theLogOutputMasksAtInfoAndAboveOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("weibao.log");
        LoggerContext context = new LoggerContext();
        context.putProperty("LOG_FILE", file.toString());
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.start();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
        try {
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            URL config = getClass().getResource("/logback-spring.xml");
            configurator.doConfigure(config);
            Logger log = context.getLogger("com.weibao.test");
            log.setLevel(ch.qos.logback.classic.Level.DEBUG);
            log.info("reporter {} phone {} id {}", "王护士", "13812341234", "440305199001011234");
            log.warn("refused mail from wang@renmin.example", new IllegalArgumentException("bad phone 13912345678"));
            log.debug("debug keeps 13700001111");
        } finally {
            context.stop();
            System.setOut(stdout);
        }
        String out = console.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("reporter 王护士 phone 138****1234 id 4403**********1234")
                .contains("refused mail from w***@renmin.example")
                .contains("IllegalArgumentException: bad phone 139****5678")
                .contains("debug keeps 13700001111")
                .doesNotContain("13812341234").doesNotContain("wang@").doesNotContain("13912345678");
        assertThat(Files.readString(file)).contains("phone 138****1234").doesNotContain("13812341234");
    }
}
