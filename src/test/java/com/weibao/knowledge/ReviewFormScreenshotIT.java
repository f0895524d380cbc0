package com.weibao.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.weibao.support.Browser;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The lead's review task 审核知识文章 in Tasklist shows the article and the decision (screenshot in target/screenshots). */
class ReviewFormScreenshotIT extends IntegrationTest {

    @Test
    void theReviewFormInTasklist() throws InterruptedException {
        Http http = http();
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("title", "电子票据开具失败：提示证书无效");
        a.put("problem", "门诊收费窗口开具电子票据时提示“证书无效”，无法开票");
        a.put("cause", "财政电子票据平台签名证书过期");
        a.put("solution", "1. 登录财政平台下载新证书；2. 在接口服务器替换证书；3. 重启接口服务");
        a.put("category", "FAULT");
        a.put("visibility", "FAQ");
        a.put("contracts", List.of("e-invoice"));
        a.put("system", "einvoice-app");
        long id = http.post("engineer1", "/api/knowledge/articles", a).json().get("id").asLong();
        http.post("engineer1", "/api/knowledge/articles/" + id + "/submit", Map.of());
        String taskId = http.get("lead", "/engine-rest/task?processInstanceBusinessKey=article-" + id).json()
                .get(0).get("id").asText();
        try (Browser browser = Browser.open(port)) {
            browser.get("/camunda/app/tasklist/default/");
            WebElement user = browser.visible("input[ng-model=username]");
            user.sendKeys("lead");
            browser.visible("input[ng-model=password]").sendKeys("lead");
            browser.visible("button[type=submit]").click();
            Thread.sleep(3000);
            browser.get("/camunda/app/tasklist/default/#/?task=" + taskId);
            browser.text("body", "审核结论");
            WebElement form = browser.visible("body");
            assertThat(form.getText()).contains("审核知识文章", "电子票据开具失败", "解决方法", "发布", "退回修改", "审核意见");
            browser.screenshot("knowledge-review-form");
            assertThat(form.findElements(By.cssSelector("input[type=radio]"))).hasSize(2);
        }
    }
}
