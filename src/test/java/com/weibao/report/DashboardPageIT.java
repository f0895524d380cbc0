package com.weibao.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.weibao.support.Browser;
import com.weibao.support.IntegrationTest;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The supervisor dashboard (dashboard.html) in a real browser: the service manager's overall view and one contract,
 * and a hospital IT user's view of its own contract; every chart drawn by ECharts on a canvas (the library from
 * Weibao's own webjar), Chinese headings, axis and series names, no codes (FAULT, EXCELLENT, MET_LATE …) and no ISO
 * times on the page; empty charts say so in Chinese. Screenshots in target/screenshots/dashboard-*.png.
 */
class DashboardPageIT extends IntegrationTest {

    private static final List<String> CHARTS = List.of("#chart-sla", "#chart-open", "#chart-satisfaction",
            "#chart-inspections", "#chart-breaches");
    /** A code as the API names it (FAULT, MET_LATE, IN_PROGRESS); a level such as P1 is fine. */
    private static final String CODE = ".*(?<![A-Za-z])[A-Z][A-Z_]{2,}(?![A-Za-z]).*";
    /** What the charts show: axis data and names, series and data names, legend. */
    private static final String CHART_TEXTS = "return arguments[0].map(id => {"
            + " const chart = echarts.getInstanceByDom(document.querySelector(id)); if (!chart) return null;"
            + " const o = chart.getOption();"
            + " return JSON.stringify([(o.xAxis || []).map(a => [a.name, a.data]), (o.yAxis || []).map(a => a.name),"
            + " o.series.map(s => [s.name, (s.data || []).map(d => d && d.name)])]); });";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Clock clock;

    @BeforeEach
    void fixture() {
        KanbanFixture.ensure(jdbc, clock.instant());
    }

    @Test
    void theManagerSeesEveryContractAndOneContractsCharts() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.get("/dashboard.html");
            browser.logIn("manager");
            browser.text("#scope", "全部合同");
            List<String> texts = drawn(browser, CHARTS);
            assertThat(texts).allSatisfy(t -> assertThat(t).isNotNull().doesNotMatch(CODE));
            assertThat(texts.get(0)).contains("按时达成", "超时达成", "超时未达成", "按时率");
            assertThat(texts.get(1)).contains("P1（一级）", "1天内", "30天以上");
            assertThat(texts.get(2)).contains("优", "良", "差");
            assertThat(texts.get(3)).contains("计划", "逾期未执行", "待院方签字");
            assertThat(browser.all("#breach-list tbody tr")).isNotEmpty();
            assertChinese(browser);
            browser.screenshot("dashboard-manager");
            browser.screenshot("dashboard-manager-breaches", "#breach-list");

            new Select(browser.visible("#choose select[name=contract]")).selectByValue(KanbanFixture.CONTRACT);
            browser.text("#scope", "看板测试医院 · 看板测试维保合同");
            assertThat(drawn(browser, CHARTS.subList(0, 3))).allSatisfy(t -> assertThat(t).doesNotMatch(CODE));
            assertThat(browser.text("#breach-list", "2小时5分").getText()).contains(KanbanFixture.number("F"));
            assertThat(browser.visible("#sla-title").getText()).isEqualTo("服务时限达成率（近12个月）");
            assertChinese(browser);
            browser.screenshot("dashboard-manager-contract");

            new Select(browser.visible("#choose select[name=contract]")).selectByValue("zhanjiang-5g-emergency");
            browser.text("#scope", "湛江中心人民医院");
            Thread.sleep(1500);
            for (String chart : CHARTS) {
                assertThat(!browser.all(chart + " canvas").isEmpty() || !browser.all(chart + " .empty").isEmpty())
                        .as(chart + ": drawn, or empty with a note").isTrue();
            }
            assertChinese(browser);
            browser.screenshot("dashboard-manager-zhanjiang");
        }
    }

    @Test
    void aHospitalItUserSeesItsOwnContractOnly() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.get("/dashboard.html");
            browser.logIn(KanbanFixture.HOSPITAL_IT);
            browser.text("#scope", "全部合同（1 个）");
            assertThat(browser.all("#choose select[name=contract] option")).extracting(o -> o.getText())
                    .containsExactly("全部合同", "看板测试医院 · 看板测试维保合同");
            List<String> texts = drawn(browser, List.of("#chart-sla", "#chart-open", "#chart-satisfaction",
                    "#chart-breaches"));
            assertThat(texts).allSatisfy(t -> assertThat(t).doesNotMatch(CODE));
            assertThat(browser.text("#chart-inspections", "没有计划的巡检").getText())
                    .as("an empty chart says so").contains("也没有待签字的巡检报告");
            assertThat(browser.visible("#open-title").getText()).isEqualTo("未完成工单（共 5 张，按等级与已持续时间）");
            assertThat(browser.visible("#satisfaction-sources").getText())
                    .isEqualTo("确认评价：优 2，良 1，差 0；电话回访：优 0，良 1，差 1");
            WebElement list = browser.visible("#breach-list");
            assertThat(list.getText()).contains(KanbanFixture.number("F"), "P1（一级）", "超时未达成", "2小时5分",
                    "响应：1小时内响应");
            assertChinese(browser);
            browser.screenshot("dashboard-hospital-it");
            browser.screenshot("dashboard-hospital-it-breaches", "#breach-list");

            browser.get("/dashboard.html?contract=e-invoice");
            browser.text("#dashboard-error", "未找到，或您无权查看");
            assertThat(browser.visible("main").getText()).doesNotContain("电子票据");
            drawn(browser, List.of("#chart-sla"));
            browser.screenshot("dashboard-hospital-it-foreign");
        }
    }

    /** Waits until each chart has drawn on its canvas and its animation ended; answers what each chart shows. */
    @SuppressWarnings("unchecked")
    private static List<String> drawn(Browser browser, List<String> charts) throws InterruptedException {
        for (String chart : charts) {
            browser.visible(chart + " canvas");
        }
        Thread.sleep(1500);
        return (List<String>) browser.script(CHART_TEXTS, charts);
    }

    /** The page's own texts: no codes, no ISO times (the charts' are checked through ECharts). */
    private static void assertChinese(Browser browser) {
        String text = browser.visible("main").getText();
        assertThat(text).doesNotMatch("(?s).*\\d{4}-\\d{2}-\\d{2}T\\d{2}.*").doesNotMatch("(?s)" + CODE)
                .doesNotContain("null", "undefined", "NaN");
        assertThat(browser.visible("#dashboard-panel h2").getText()).isEqualTo("服务看板");
    }
}
