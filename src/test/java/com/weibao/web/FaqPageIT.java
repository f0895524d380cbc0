package com.weibao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.weibao.support.Browser;
import com.weibao.support.EngineRest;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The FAQ page (faq.html) in a real browser: a hospital's IT user finds a published FAQ article in the tree of the
 * hospital's contract (system by name → category → articles) and by a Chinese word inside a sentence, reads the
 * answer; a user of another hospital neither has the contract nor finds the article. Screenshots in
 * target/screenshots/faq-*.png.
 */
class FaqPageIT extends IntegrationTest {

    @Test
    void aHospitalUserFindsThePublishedArticleInTheFaqTreeAnotherHospitalDoesNot() {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String title = "电子票据开具失败提示证书无效怎么办（" + marker + "）";
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("title", title);
        a.put("problem", "门诊收费窗口开具电子票据时提示“证书无效”，无法开票");
        a.put("cause", "财政电子票据平台签名证书过期");
        a.put("solution", "1. 登录财政平台下载新证书；2. 在接口服务器替换证书；3. 重启接口服务");
        a.put("category", "FAULT");
        a.put("visibility", "FAQ");
        a.put("contracts", List.of("e-invoice"));
        a.put("system", "einvoice-app");
        long id = http.post("engineer1", "/api/knowledge/articles", a).json().get("id").asLong();
        http.post("engineer1", "/api/knowledge/articles/" + id + "/submit", Map.of());
        String tasks = "/engine-rest/task?processInstanceBusinessKey=article-" + id;
        await().atMost(Duration.ofSeconds(30)).until(() -> !http.get("lead", tasks).json().isEmpty());
        engine.complete("lead", http.get("lead", tasks).json().get(0), Map.of("reviewDecision", "PUBLISH"));

        try (Browser browser = Browser.open(port)) {
            browser.get("/faq.html?contract=e-invoice");
            browser.logIn("it-renmin");
            WebElement tree = browser.text("#tree", title);
            assertThat(tree.getText()).contains("电子票据系统（应用）", "故障处理", title);
            assertThat(browser.visible("#faq h2").getText()).contains("电子票据");
            browser.screenshot("faq-tree");

            browser.link(title).click();
            WebElement article = browser.text("#article", "重启接口服务");
            assertThat(article.getText()).contains(title, "财政电子票据平台签名证书过期", "故障处理");
            browser.screenshot("faq-article");

            browser.visible("#back").click();
            browser.visible("#choose input[name=q]").sendKeys("开具 " + marker);
            browser.visible("#choose button[type=submit]").click();
            WebElement found = browser.text("#found", title);
            assertThat(found.findElements(By.tagName("mark"))).isNotEmpty();
            browser.screenshot("faq-search");
        }

        try (Browser browser = Browser.open(port)) {
            browser.get("/faq.html?contract=e-invoice");
            browser.logIn("it-fuscc");
            browser.visible("#faq-panel");
            List<String> contracts = browser.all("#choose select[name=contract] option").stream()
                    .map(o -> o.getAttribute("value")).toList();
            assertThat(contracts).doesNotContain("e-invoice");
            browser.visible("#choose input[name=q]").sendKeys("开具 " + marker);
            browser.visible("#choose button[type=submit]").click();
            await().atMost(Duration.ofSeconds(10)).until(() -> !browser.all("#found").isEmpty()
                    || !browser.all("#faq-error").get(0).getText().isEmpty());
            assertThat(browser.visible("main").getText()).doesNotContain(title, "重启接口服务");
            browser.screenshot("faq-other-hospital");
        }
        assertThat(http.get("it-fuscc", "/api/contracts/e-invoice/faq").status()).isEqualTo(404);
    }
}
