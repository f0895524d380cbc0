package com.weibao.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.weibao.support.Browser;
import com.weibao.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Camunda Tasklist in a real browser, as the hotline agent sees it: Chinese chrome and form texts (form-js's own
 * placeholders and validation messages too), the phone form's defaults.
 */
class TasklistIT extends IntegrationTest {

    @Test
    void theAgentStartsAPhoneReportInChineseWithTheCallTimeLeftToNow() {
        try (Browser browser = Browser.open(port)) {
            browser.logInToTasklist("agent");
            browser.link("发起流程").click();
            browser.link("电话报修（热线）").click();
            browser.text(".modal-body", "来电日期（可留空）");
            assertThat(browser.visible(".modal-body").getText())
                    .contains("来电号码", "正在接听的来电留空，按提交时刻计")
                    .doesNotContain("Start process");
            browser.text(".modal-body", "请选择");
            assertThat(browser.all(".modal-body input[placeholder]")).extracting(i -> i.getAttribute("placeholder"))
                    .contains("月/日/年", "时:分").doesNotContain("mm/dd/yyyy", "hh:mm");
            browser.screenshot("tasklist-phone-start-agent");

            browser.all(".modal-footer button").stream().filter(button -> button.getText().contains("发起"))
                    .findFirst().orElseThrow().click();
            browser.text(".modal-body", "此项必填");
            assertThat(browser.visible(".modal-body").getText()).doesNotContain("Field is required");
            browser.screenshot("tasklist-phone-start-required-agent");
        }
    }

    @Test
    void eachRoleOpensOnItsOwnQueues() {
        try (Browser browser = Browser.open(port)) {
            browser.logInToTasklist("agent");
            browser.text("body", "即将超时");
            assertThat(browser.visible("body").getText()).contains("我的任务", "待分级", "待派发", "院方待办");
            browser.text("body", "到期时间");
            browser.screenshot("tasklist-filters-agent");
        }
        try (Browser browser = Browser.open(port)) {
            browser.logInToTasklist("it-renmin");
            browser.text("body", "院方待办");
            assertThat(browser.visible("body").getText()).contains("我的任务").doesNotContain("待分级", "即将超时");
            browser.screenshot("tasklist-filters-it-renmin");
        }
    }
}
