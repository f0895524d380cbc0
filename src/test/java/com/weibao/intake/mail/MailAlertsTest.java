package com.weibao.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailAlertsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Problem: CPU load high on his-db01               | cpu load high on his-db01
            Resolved: CPU load high on his-db01              | cpu load high on his-db01
            ** PROBLEM ** CPU load high on his-db01          | cpu load high on his-db01
            RECOVERY - CPU load  high on HIS-DB01            | cpu load high on his-db01
            [告警] 开票服务无响应                               | 开票服务无响应
            【恢复】开票服务无响应                               | 开票服务无响应
            告警：开票服务无响应                                 | 开票服务无响应
            OKR report not generated                         | okr report not generated
            Problem: disk full on his-db01                   | disk full on his-db01
            """)
    void theStateWordInFrontDoesNotMakeAnotherAlert(String subject, String alert) {
        assertThat(MailAlerts.key(subject)).isEqualTo(alert);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Problem: CPU load high on his-db01 | Problem: CPU load high on his-db02
            告警：开票服务无响应                  | 告警：开票服务响应慢
            """)
    void differentAlertsStayDifferent(String one, String other) {
        assertThat(MailAlerts.key(one)).isNotEqualTo(MailAlerts.key(other));
    }
}
