package com.weibao.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.weibao.support.Browser;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The lead's review task 审核知识文章 in Tasklist shows the article and the decision (screenshot in target/screenshots). */
class ArticleReviewFormIT extends IntegrationTest {

    @Test
    void theReviewFormInTasklist() {
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
        // the review starts after the submission commits (asynchronous after its start event)
        await().atMost(Duration.ofSeconds(30)).until(() -> !http.get("lead",
                "/engine-rest/task?processInstanceBusinessKey=article-" + id).json().isEmpty());
        String taskId = http.get("lead", "/engine-rest/task?processInstanceBusinessKey=article-" + id).json()
                .get(0).get("id").asText();
        try (Browser browser = Browser.open(port)) {
            browser.logInToTasklist("lead");
            browser.get("/camunda/app/tasklist/default/#/?task=" + taskId);
            browser.text("body", "审核结论");
            WebElement form = browser.visible("body");
            assertThat(form.getText()).contains("审核知识文章", "电子票据开具失败", "解决方法", "发布", "退回修改", "审核意见");
            browser.screenshot("knowledge-review-form");
            assertThat(form.findElements(By.cssSelector("input[type=radio]"))).hasSize(2);
        }
    }
}
