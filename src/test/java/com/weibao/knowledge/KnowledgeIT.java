package com.weibao.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.support.EngineRest;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.time.Duration;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * The knowledge base over real HTTP: an engineer writes a FAQ article, the lead refuses it with remarks in Tasklist's
 * review task, the engineer revises and resubmits, the lead publishes; Chinese search finds words inside sentences
 * (smartcn) and 票据 for 发票 (synonyms); the hospital reads its FAQ tree and Word list, another hospital nothing,
 * internal articles stay internal; a resolved case becomes a de-identified draft.
 */
class KnowledgeIT extends IntegrationTest {

    @Test
    void aFaqArticleFromDraftThroughReviewToTheHospitalsFaq() throws IOException {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String marker = UUID.randomUUID().toString().substring(0, 8);

        Http.Response created = http.post("engineer1", "/api/knowledge/articles", article(
                "电子票据开具失败 " + marker, "收费窗口开具电子票据失败，提示证书无效", "财政电子票据平台证书过期",
                "更新证书并重启接口服务", "FAQ", "einvoice-app"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(created.json().get("status").asText()).isEqualTo("DRAFT");
        assertThat(created.json().get("reference").asText()).startsWith("KB-");

        assertThat(http.get("it-renmin", "/api/knowledge/articles/" + id).status()).as("a draft").isEqualTo(404);
        assertThat(http.post("it-renmin", "/api/knowledge/articles", article("院方文章", "问题", null, "解决",
                "FAQ", null)).status()).as("hospitals do not write articles").isEqualTo(403);
        assertThat(http.post("engineer1", "/api/knowledge/articles", article(" ", "问题", null, "解决", "FAQ",
                null)).json().toString()).contains("title");

        // submitted: the lead reviews in Tasklist and refuses with remarks
        assertThat(http.post("engineer1", "/api/knowledge/articles/" + id + "/submit", Map.of()).json()
                .get("status").asText()).isEqualTo("IN_REVIEW");
        JsonNode review = reviewTask(http, "lead", id);
        assertThat(reviewTask(http, "it-renmin", id)).as("not a hospital's task").isNull();
        assertThat(review.get("taskDefinitionKey").asText()).isEqualTo("Task_ReviewArticle");
        assertThat(review.get("name").asText()).isEqualTo("审核知识文章");
        assertThat(engine.formVariables("lead", review.get("id").asText()).at("/articleView/value").asText())
                .contains("电子票据开具失败");
        assertThat(engine.claim("lead", review.get("id").asText()).status()).isEqualTo(204);
        Http.Response withoutRemarks = engine.submitTaskForm("lead", review.get("id").asText(),
                Map.of("reviewDecision", "REFUSE"));
        assertThat(withoutRemarks.status()).as(withoutRemarks.text()).isEqualTo(400);
        assertThat(withoutRemarks.text()).contains("remarks");
        engine.complete("lead", reviewTask(http, "lead", id),
                Map.of("reviewDecision", "REFUSE", "remarks", "请写明证书更新的具体步骤"));
        JsonNode refused = http.get("engineer1", "/api/knowledge/articles/" + id).json();
        assertThat(refused.get("status").asText()).isEqualTo("DRAFT");
        assertThat(refused.get("reviewRemarks").asText()).isEqualTo("请写明证书更新的具体步骤");

        // the author revises and resubmits; the lead publishes
        JsonNode revise = reviewTask(http, "engineer1", id);
        assertThat(revise.get("taskDefinitionKey").asText()).isEqualTo("Task_ReviseArticle");
        assertThat(revise.get("assignee").asText()).isEqualTo("engineer1");
        assertThat(engine.formVariables("engineer1", revise.get("id").asText()).at("/title/value").asText())
                .isEqualTo("电子票据开具失败 " + marker);
        Map<String, Object> revised = new HashMap<>();
        revised.put("title", "电子票据开具失败 " + marker);
        revised.put("problem", "收费窗口开具电子票据失败，提示证书无效");
        revised.put("cause", "财政电子票据平台证书过期");
        revised.put("solution", "1. 登录财政平台下载新证书；2. 在接口服务器替换证书；3. 重启接口服务");
        revised.put("revisionDecision", "RESUBMIT");
        engine.complete("engineer1", revise, revised);
        engine.complete("lead", reviewTask(http, "lead", id), Map.of("reviewDecision", "PUBLISH"));
        JsonNode published = http.get("engineer1", "/api/knowledge/articles/" + id).json();
        assertThat(published.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(published.get("reviewer").asText()).isEqualTo("lead");
        assertThat(published.get("solution").asText()).startsWith("1. 登录财政平台下载新证书");

        // versions: who changed what
        JsonNode versions = http.get("engineer1", "/api/knowledge/articles/" + id + "/versions").json();
        assertThat(versions).extracting(v -> v.get("action").asText() + ":" + v.get("changedBy").asText())
                .containsExactly("CREATED:engineer1", "SUBMITTED:engineer1", "REFUSED:lead", "EDITED:engineer1",
                        "SUBMITTED:engineer1", "PUBLISHED:lead");
        assertThat(versions.get(3).get("changedFields").asText()).isEqualTo("solution");
        assertThat(http.get("it-renmin", "/api/knowledge/articles/" + id + "/versions").status()).isEqualTo(403);

        // an internal article on the same contract, also published
        long internal = http.post("engineer2", "/api/knowledge/articles", article("电子票据接口内部排查 " + marker,
                "开具电子票据时接口超时", null, "检查接口服务器日志", "INTERNAL", "einvoice-interface")).json()
                .get("id").asLong();
        http.post("engineer2", "/api/knowledge/articles/" + internal + "/submit", Map.of());
        engine.complete("lead", reviewTask(http, "lead", internal), Map.of("reviewDecision", "PUBLISH"));

        // the hospital reads its FAQ; another hospital and internal articles stay hidden
        assertThat(http.get("it-renmin", "/api/knowledge/articles/" + id).status()).isEqualTo(200);
        assertThat(http.get("clinical-renmin", "/api/knowledge/articles/" + id).status()).isEqualTo(200);
        assertThat(http.get("it-fuscc", "/api/knowledge/articles/" + id).status()).isEqualTo(404);
        assertThat(http.get("it-renmin", "/api/knowledge/articles/" + internal).status()).isEqualTo(404);

        // Chinese search: words inside sentences, synonyms, permissions
        assertThat(hits(http, "engineer1", "电子票据 " + marker)).contains(id, internal);
        assertThat(hits(http, "it-renmin", "电子票据 " + marker)).containsExactly(id);
        assertThat(hits(http, "it-renmin", "开具 " + marker)).as("a word inside 电子票据开具失败").containsExactly(id);
        assertThat(hits(http, "it-renmin", "发票 " + marker)).as("发票 finds 票据 (synonyms)").containsExactly(id);
        assertThat(hits(http, "it-renmin", "证书 替换 " + marker)).containsExactly(id);
        assertThat(hits(http, "it-renmin", "叫号屏 " + marker)).isEmpty();
        assertThat(hits(http, "it-fuscc", "电子票据 " + marker)).isEmpty();
        JsonNode highlighted = http.get("it-renmin", "/api/knowledge/articles?q=" + enc("电子票据 " + marker)).json();
        assertThat(highlighted.at("/hits/0/highlights").toString()).contains("<em>");
        assertThat(hits(http, "engineer1", "电子票据 " + marker, "&system=einvoice-interface")).containsExactly(internal);

        // similar articles for a new case's text, and the article used for an answer
        JsonNode similar = http.get("agent", "/api/knowledge/suggestions?contract=e-invoice&system=einvoice-app&text="
                + enc("门诊收费处开不出电子票据，提示证书无效 " + marker)).json();
        // other tests' articles on e-invoice may be as similar; this one must be among the suggestions
        assertThat(similar.get("hits")).extracting(h -> h.get("id").asLong()).contains(id);
        assertThat(http.post("agent", "/api/knowledge/articles/" + id + "/use", Map.of()).json().get("useCount")
                .asInt()).isEqualTo(1);

        // the FAQ tree and its Word list
        JsonNode faq = http.get("it-renmin", "/api/contracts/e-invoice/faq").json();
        JsonNode app = find(faq.get("systems"), "code", "einvoice-app");
        assertThat(app.get("name").asText()).isEqualTo("电子票据系统（应用）");
        JsonNode fault = find(app.get("categories"), "category", "FAULT");
        assertThat(fault.get("label").asText()).isEqualTo("故障处理");
        assertThat(fault.get("articles")).extracting(a -> a.get("id").asLong()).contains(id);
        assertThat(faq.toString()).doesNotContain("内部排查");
        assertThat(http.get("it-fuscc", "/api/contracts/e-invoice/faq").status()).isEqualTo(404);
        Http.Response word = http.get("it-renmin", "/api/contracts/e-invoice/faq.docx");
        assertThat(word.status()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(word.body()));
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("常见问题解答列表", "电子票据开具失败 " + marker, "解决方法：",
                    "在接口服务器替换证书").doesNotContain("内部排查");
        }
        assertThat(http.get("it-fuscc", "/api/contracts/e-invoice/faq.docx").status()).isEqualTo(404);

        // retired: out of the FAQ and the hospital's search
        assertThat(http.post("engineer1", "/api/knowledge/articles/" + id + "/retire", Map.of()).status())
                .isEqualTo(403);
        assertThat(http.post("lead", "/api/knowledge/articles/" + id + "/retire", Map.of()).json().get("status")
                .asText()).isEqualTo("RETIRED");
        assertThat(hits(http, "it-renmin", "电子票据 " + marker)).isEmpty();
        assertThat(http.get("it-renmin", "/api/knowledge/articles/" + id).status()).isEqualTo(404);
    }

    @Test
    void aResolvedCaseBecomesADeIdentifiedDraft() {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String marker = "沉淀-" + UUID.randomUUID().toString().substring(0, 8);
        String[] started = startCase(http, engine, "收费处李主任反映电子票据打印空白 " + marker,
                "患者张三（住院号：ZY20240312，手机13912345678）出院结算后票据打印空白");
        String instanceId = started[0];
        String number = started[1];

        assertThat(http.post("engineer1", "/api/knowledge/articles/from-case/" + number, Map.of()).status())
                .as("not resolved yet").isEqualTo(409);

        resolve(engine, instanceId, Map.of("faultType", "SOFTWARE",
                "rootCause", "打印模板升级后页边距错误，王护士电话 13812345678 确认",
                "resolution", "恢复票据打印模板页边距，联系 wang.li@renmin.example 验证后打印正常"));

        assertThat(http.post("it-renmin", "/api/knowledge/articles/from-case/" + number, Map.of()).status())
                .isEqualTo(403);
        Http.Response drafted = http.post("engineer1", "/api/knowledge/articles/from-case/" + number, Map.of());
        assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
        JsonNode article = drafted.json().get("article");
        assertThat(drafted.json().get("personalDataRemoved").asInt()).isEqualTo(7);
        assertThat(article.get("status").asText()).isEqualTo("DRAFT");
        assertThat(article.get("visibility").asText()).isEqualTo("INTERNAL");
        assertThat(article.get("sourceCase").asText()).isEqualTo(number);
        assertThat(article.get("contracts")).extracting(JsonNode::asText).containsExactly("e-invoice");
        assertThat(article.get("system").asText()).isEqualTo("einvoice-app");
        assertThat(article.get("title").asText()).isEqualTo("收费处某主任反映电子票据打印空白 " + marker);
        assertThat(article.get("symptoms").asText()).isEqualTo("患者某某（住院号：[已脱敏]，手机[手机号已脱敏]）出院结算后票据打印空白");
        assertThat(article.get("cause").asText()).isEqualTo("打印模板升级后页边距错误，某护士电话 [手机号已脱敏] 确认");
        assertThat(article.get("solution").asText()).isEqualTo("恢复票据打印模板页边距，联系 [邮箱已脱敏] 验证后打印正常");
        assertThat(article.toString()).doesNotContain("张三", "13912345678", "ZY20240312", "wang.li");
        assertThat(http.post("engineer1", "/api/knowledge/articles/from-case/" + number, Map.of()).status())
                .as("one article per case").isEqualTo(409);
        assertThat(http.get("engineer1", "/api/knowledge/articles/" + article.get("id").asLong() + "/versions").json()
                .at("/0/remarks").asText()).isEqualTo("由工单 " + number + " 沉淀，已去除个人信息 7 处");
    }

    /** 沉淀为知识 ticked at 填写解决方案: the de-identified draft waits for the lead's review. */
    @Test
    void proposedAtTheResolutionTheDraftGoesToTheLead() {
        Http http = http();
        EngineRest engine = new EngineRest(http);
        String marker = "提议-" + UUID.randomUUID().toString().substring(0, 8);
        String[] started = startCase(http, engine, "自助机无法打印电子票据 " + marker, "门诊号为0012345678的患者自助打印失败");
        resolve(engine, started[0], Map.of("faultType", "SOFTWARE", "rootCause", "自助机打印服务未启动",
                "resolution", "启动打印服务并设为自动启动", "proposeArticle", true));
        await().atMost(Duration.ofSeconds(30)).until(() -> !hits(http, "lead", marker).isEmpty());
        long id = hits(http, "lead", marker).get(0);
        JsonNode article = http.get("lead", "/api/knowledge/articles/" + id).json();
        assertThat(article.get("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(article.get("author").asText()).isEqualTo("engineer1");
        assertThat(article.get("sourceCase").asText()).isEqualTo(started[1]);
        assertThat(article.get("symptoms").asText()).isEqualTo("门诊号为[已脱敏]的患者自助打印失败");
        JsonNode review = reviewTask(http, "lead", id);
        assertThat(review.get("taskDefinitionKey").asText()).isEqualTo("Task_ReviewArticle");
        engine.complete("lead", review, Map.of("reviewDecision", "PUBLISH"));
        assertThat(http.get("lead", "/api/knowledge/articles/" + id).json().get("status").asText())
                .isEqualTo("PUBLISHED");
    }

    /** A case for e-invoice started in Tasklist: its process instance id and number. */
    static String[] startCase(Http http, EngineRest engine, String summary, String description) {
        Map<String, Object> form = new HashMap<>();
        form.put("contractCode", "e-invoice");
        form.put("reporterName", "王护士");
        form.put("reporterPhone", "020-12345678");
        form.put("channel", "PHONE");
        form.put("category", "FAULT");
        form.put("impact", "PAYMENT_DOWN");
        form.put("summary", summary);
        form.put("description", description);
        form.put("reportedAt", EngineRest.minutesAgo(40));
        Http.Response started = engine.submitStartForm("agent", "CaseProcess", form);
        assertThat(started.status()).as(started.text()).isEqualTo(200);
        String number = http.get("agent", "/api/cases?text=" + enc(summary)).json().at("/items/0/number").asText();
        return new String[] {started.json().get("id").asText(), number};
    }

    /** Triage, dispatch to engineer1, solved on the phone, then 填写解决方案 with the given form. */
    static void resolve(EngineRest engine, String instanceId, Map<String, Object> resolution) {
        engine.complete("agent", engine.visibleTask("agent", instanceId), Map.of("triageDecision", "ACCEPT",
                "systemCode", "einvoice-app", "category", "FAULT", "impact", "PAYMENT_DOWN", "priority", "P3"));
        engine.complete("agent", engine.visibleTask("agent", instanceId), Map.of("assignee", "engineer1"));
        Map<String, Object> support = new HashMap<>();
        support.put("supportMode", "HOTLINE");
        support.put("supportStartedAt", EngineRest.minutesAgo(20));
        support.put("supportEndedAt", EngineRest.minutesAgo(5));
        support.put("supportNotes", "电话指导处理");
        support.put("supportOutcome", "RESOLVED");
        engine.complete("engineer1", engine.visibleTask("engineer1", instanceId), support);
        engine.complete("engineer1", engine.visibleTask("engineer1", instanceId), resolution);
    }

    static Map<String, Object> article(String title, String problem, String cause, String solution,
                                               String visibility, String system) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("title", title);
        a.put("problem", problem);
        a.put("cause", cause);
        a.put("solution", solution);
        a.put("category", "FAULT");
        a.put("visibility", visibility);
        a.put("contracts", List.of("e-invoice"));
        a.put("system", system);
        a.put("tags", List.of("证书"));
        return a;
    }

    /** The article's open review task the user can see, or null. */
    /** The article's open task as the user sees it; the vendor's staff wait for it (the review starts after commit). */
    static JsonNode reviewTask(Http http, String user, long articleId) {
        if (!user.startsWith("it-")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !http.get(user,
                    "/engine-rest/task?processInstanceBusinessKey=article-" + articleId).json().isEmpty());
        }
        JsonNode tasks = http.get(user, "/engine-rest/task?processInstanceBusinessKey=article-" + articleId).json();
        return tasks.isEmpty() ? null : tasks.get(0);
    }

    static List<Long> hits(Http http, String user, String q) {
        return hits(http, user, q, "");
    }

    private static List<Long> hits(Http http, String user, String q, String filters) {
        Http.Response response = http.get(user, "/api/knowledge/articles?size=100&q=" + enc(q) + filters);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        response.json().get("hits").forEach(h -> ids.add(h.get("id").asLong()));
        return ids;
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.get(field).asText())) {
                return node;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + array);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
