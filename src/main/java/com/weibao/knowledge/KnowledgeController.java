package com.weibao.knowledge;

import com.weibao.knowledge.KnowledgeApi.ArticleView;
import com.weibao.knowledge.KnowledgeApi.FaqTree;
import com.weibao.knowledge.KnowledgeApi.FromCaseResult;
import com.weibao.knowledge.KnowledgeApi.SearchPage;
import com.weibao.knowledge.KnowledgeApi.UseRequest;
import com.weibao.knowledge.KnowledgeApi.VersionView;
import com.weibao.platform.security.Caller;
import com.weibao.platform.security.Roles;
import com.weibao.platform.web.InvalidRequestException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class KnowledgeController {

    private final KnowledgeService knowledge;
    private final KnowledgeQueries queries;
    private final KnowledgeSearch search;

    KnowledgeController(KnowledgeService knowledge, KnowledgeQueries queries, KnowledgeSearch search) {
        this.knowledge = knowledge;
        this.queries = queries;
        this.search = search;
    }

    /** Full-text search (q, Chinese words inside sentences) and filters; hospital users see their FAQ only. */
    @GetMapping("/api/knowledge/articles")
    SearchPage search(@RequestParam(required = false) String q, @RequestParam(required = false) String contract,
                      @RequestParam(required = false) String system,
                      @RequestParam(required = false) ArticleCategory category,
                      @RequestParam(required = false) ArticleStatus status,
                      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                      @AuthenticationPrincipal Caller caller) {
        if (page < 0 || size < 1 || size > 100) {
            throw InvalidRequestException.of("size", "page ≥ 0, 1 ≤ size ≤ 100");
        }
        return search.search(new KnowledgeSearch.Filter(q, contract, system, category, status, instant("from", from),
                instant("to", to)), page, size, caller);
    }

    /** The published articles most similar to a new case's text, for triage and support. */
    @GetMapping("/api/knowledge/suggestions")
    SearchPage suggestions(@RequestParam String text, @RequestParam(required = false) String contract,
                           @RequestParam(required = false) String system,
                           @RequestParam(defaultValue = "5") int size, @AuthenticationPrincipal Caller caller) {
        return search.similar(text, contract, system, Math.min(Math.max(size, 1), 20), caller);
    }

    @PostMapping("/api/knowledge/articles")
    ResponseEntity<ArticleView> create(@RequestBody ArticleContent content, @AuthenticationPrincipal Caller caller) {
        Article a = knowledge.create(content, caller);
        return ResponseEntity.created(URI.create(KnowledgeQueries.href(a))).body(KnowledgeQueries.view(a));
    }

    /** 沉淀为知识: a de-identified draft from a resolved case. */
    @PostMapping("/api/knowledge/articles/from-case/{number}")
    ResponseEntity<FromCaseResult> fromCase(@PathVariable String number, @AuthenticationPrincipal Caller caller) {
        KnowledgeService.Drafted drafted = knowledge.fromCase(number, caller);
        return ResponseEntity.created(URI.create(KnowledgeQueries.href(drafted.article())))
                .body(new FromCaseResult(KnowledgeQueries.view(drafted.article()), drafted.personalDataRemoved()));
    }

    @GetMapping("/api/knowledge/articles/{id}")
    ArticleView get(@PathVariable long id, @AuthenticationPrincipal Caller caller) {
        return queries.view(id, caller);
    }

    @PutMapping("/api/knowledge/articles/{id}")
    ArticleView update(@PathVariable long id, @RequestBody ArticleContent content,
                       @AuthenticationPrincipal Caller caller) {
        return KnowledgeQueries.view(knowledge.update(id, content, caller));
    }

    @GetMapping("/api/knowledge/articles/{id}/versions")
    List<VersionView> versions(@PathVariable long id, @AuthenticationPrincipal Caller caller) {
        return queries.versions(id, caller);
    }

    @PostMapping("/api/knowledge/articles/{id}/submit")
    ArticleView submit(@PathVariable long id, @AuthenticationPrincipal Caller caller) {
        return KnowledgeQueries.view(knowledge.submit(id, caller));
    }

    @PostMapping("/api/knowledge/articles/{id}/retire")
    ArticleView retire(@PathVariable long id, @AuthenticationPrincipal Caller caller) {
        return KnowledgeQueries.view(knowledge.retire(id, caller));
    }

    /** A consultation was answered with the article (optionally naming the case): counts for the FAQ's order. */
    @PostMapping("/api/knowledge/articles/{id}/use")
    ArticleView use(@PathVariable long id, @RequestBody(required = false) UseRequest request,
                    @AuthenticationPrincipal Caller caller) {
        return KnowledgeQueries.view(knowledge.used(id, request == null ? null : request.caseNumber(), caller));
    }

    /** Rebuilds the search index from the database: team leads and administrators. */
    @PostMapping("/api/knowledge/index")
    Map<String, Long> reindex(@AuthenticationPrincipal Caller caller) throws InterruptedException {
        if (!caller.isAdmin() && !caller.inGroup(Roles.LEADS)) {
            throw new AccessDeniedException("the index is rebuilt by team leads and administrators");
        }
        return Map.of("indexed", search.reindex());
    }

    @GetMapping("/api/contracts/{code}/faq")
    FaqTree faq(@PathVariable String code, @AuthenticationPrincipal Caller caller) {
        return queries.faq(code, caller);
    }

    /** 常见问题解答列表 as a Word document. */
    @GetMapping("/api/contracts/{code}/faq.docx")
    ResponseEntity<byte[]> faqDocument(@PathVariable String code, @AuthenticationPrincipal Caller caller) {
        byte[] document = queries.faqDocument(code, caller);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("常见问题解答列表-" + code + ".docx", StandardCharsets.UTF_8).build().toString())
                .body(document);
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.of(field, "an ISO-8601 instant, e.g. 2026-01-01T00:00:00Z");
        }
    }
}
