package com.weibao.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.weibao.support.Browser;
import com.weibao.support.Http;
import com.weibao.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenAPI description of /api and its browsable page: for logged-in users, in Chinese, listing the main endpoints. */
class ApiDocsIT extends IntegrationTest {

    @Test
    void describesTheMainEndpointsInChineseForAnyLoggedInUser() {
        Http.Response docs = http().get("it-renmin", "/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        JsonNode spec = docs.json();
        assertThat(spec.at("/info/title").asText()).isEqualTo("Weibao 维保服务台 API");
        assertThat(spec.at("/info/description").asText()).contains("工单", "HTTP Basic");
        assertThat(spec.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
        List<String> paths = new ArrayList<>();
        spec.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).allMatch(p -> p.startsWith("/api/"))
                .contains("/api/cases", "/api/contracts/{code}/sla-preview", "/api/quarantine", "/api/notifications",
                        "/api/audit", "/api/knowledge/articles", "/api/reports", "/api/changes");
        assertThat(spec.at("/paths/~1api~1cases/post/tags/0").asText()).isEqualTo("工单");
        assertThat(spec.get("tags")).extracting(t -> t.get("name").asText()).contains("工单", "合同与服务时限", "隔离区", "巡检");
    }

    @Test
    void theBrowsablePageIsForLoggedInUsers() {
        Http.Response page = http().get("agent", "/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("swagger-ui");
        assertThat(http().get("agent", "/v3/api-docs/swagger-config").json().get("url").asText())
                .isEqualTo("/v3/api-docs");

        assertThat(http().get(null, "/v3/api-docs").status()).isEqualTo(401);
        assertThat(http().get(null, "/swagger-ui/index.html").status()).isEqualTo(401);
        assertThat(http().get("agent:wrong", "/v3/api-docs").status()).isEqualTo(401);
    }

    /** Swagger UI as a user sees it after the browser's login prompt: the Chinese title, the tags, the endpoints. */
    @Test
    void theBrowsablePageShowsTheChineseDescription() {
        try (Browser browser = Browser.open(port)) {
            browser.getWithBasicAuth("agent", "/swagger-ui/index.html");
            browser.text(".swagger-ui .info .title", "Weibao 维保服务台 API");
            browser.text(".swagger-ui", "/api/cases");
            assertThat(browser.visible(".swagger-ui").getText()).contains("工单", "合同与服务时限", "隔离区");
            browser.screenshot("swagger-ui-agent");
        }
    }
}
