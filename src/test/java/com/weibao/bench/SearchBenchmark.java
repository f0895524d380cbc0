package com.weibao.bench;

import com.weibao.cases.CaseQueries;
import com.weibao.cases.SupportCase;
import com.weibao.cases.SupportCaseService;
import com.weibao.knowledge.Article;
import com.weibao.knowledge.CaseSuggestions;
import com.weibao.knowledge.KnowledgeSearch;
import com.weibao.platform.security.Caller;
import com.weibao.platform.security.Roles;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case archive's and the knowledge base's text search, with the full-text index (Hibernate Search, smartcn) and
 * with the LIKE scan the archive used before: fills -Dbench.search-cases (default 20,000) closed cases and
 * -Dbench.search-articles (default 2,000) published articles of generated Chinese texts straight into the tables,
 * builds the index with the mass indexer (timed), then runs -Dbench.queries (default 200, after 50 unmeasured) one-word
 * queries as the desk (every case) through each path and prints p50/p95: the index through CaseQueries.search and
 * KnowledgeSearch.search (the endpoints' code: index query, entity loading, 20 per page, total count); LIKE as the
 * old queries did it (the page of 20 by date and the count, on number, summary, description, root cause, resolution,
 * reporter; on the article texts). Then the similarity suggestion of the triage form (CaseSuggestions.forCase: three
 * articles and three closed cases) for random cases.
 */
class SearchBenchmark implements Benchmark {

    private static final String[] PLACES = {"门诊", "住院处", "收费处", "药房", "检验科", "放射科", "急诊", "体检中心", "自助机旁",
        "护士站"};
    private static final String[] THINGS = {"电子票据", "叫号屏", "报表", "医保结算", "挂号", "打印机", "证书", "接口", "数据库",
        "服务器", "自助机", "读卡器", "候诊屏", "大屏", "移动支付"};
    private static final String[] FAULTS = {"开具失败", "无法登录", "打印空白", "响应超时", "界面卡顿", "提示报错", "无法连接",
        "数据不同步", "显示乱码", "重复扣费", "无法上传", "频繁重启"};
    private static final String[] FIXES = {"更新证书并重启接口服务", "清理缓存后重新登录", "更换打印模板页边距", "调整数据库连接池参数",
        "重新配置网络地址", "升级客户端到最新版本", "修复同步任务并补传数据", "更换读卡器驱动"};
    private static final List<String> WORDS = List.of("票据", "叫号", "报表", "医保", "挂号", "打印", "证书", "接口", "数据库",
        "服务器", "超时", "卡顿", "乱码", "登录", "重启", "失败");

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String description() {
        return cases() + " cases and " + articles() + " articles: text search with the index vs LIKE, suggestions";
    }

    private static int cases() {
        return Integer.getInteger("bench.search-cases", 20_000);
    }

    private static int articles() {
        return Integer.getInteger("bench.search-articles", 2_000);
    }

    @Override
    public List<Figure> run(BenchApp app) throws Exception {
        Random random = new Random(42);
        JdbcTemplate jdbc = app.jdbc();
        long casesBefore = jdbc.queryForObject("select count(*) from support_case", Long.class);
        fillCases(jdbc, random, cases());
        fillArticles(jdbc, random, articles());

        EntityManagerFactory emf = app.bean(EntityManagerFactory.class);
        long indexStart = System.nanoTime();
        EntityManager em = emf.createEntityManager();
        try {
            Search.session(em).massIndexer(SupportCase.class, Article.class).threadsToLoadObjects(1).startAndWait();
        } finally {
            em.close();
        }
        double indexSeconds = (System.nanoTime() - indexStart) / 1e9;

        Set<String> hospitals = new HashSet<>(jdbc.queryForList("select code from hospital", String.class));
        Caller desk = new Caller("agent", Set.of(Roles.AGENTS), hospitals);
        CaseQueries caseQueries = app.bean(CaseQueries.class);
        KnowledgeSearch knowledge = app.bean(KnowledgeSearch.class);
        TransactionTemplate tx = new TransactionTemplate(app.bean(org.springframework.transaction
                .PlatformTransactionManager.class));
        tx.setReadOnly(true);
        int queries = Integer.getInteger("bench.queries", 200);

        List<Figure> figures = new ArrayList<>();
        figures.add(Figure.of("cases / articles filled", cases() + articles(), "rows"));
        figures.add(Figure.of("mass indexing of " + (casesBefore + cases()) + " cases and the articles", indexSeconds,
                "s"));
        long[] hits = new long[1];
        figures.addAll(measure("case search, index (CaseQueries.search)", queries, random, q -> {
            hits[0] += caseQueries.search(new CaseQueries.Filter(null, null, null, q), 0, 20, desk).totalItems();
        }));
        figures.add(Figure.of("case search, index: hits per query", hits[0] / (double) (queries + 50), "cases"));
        hits[0] = 0;
        figures.addAll(measure("case search, LIKE (the old query)", queries, random, q -> {
            hits[0] += caseLike(jdbc, q);
        }));
        figures.add(Figure.of("case search, LIKE: hits per query", hits[0] / (double) (queries + 50), "cases"));
        figures.addAll(measure("article search, index (KnowledgeSearch.search)", queries, random, q ->
                knowledge.search(new KnowledgeSearch.Filter(q, null, null, null, null, null, null), 0, 20, desk)));
        figures.addAll(measure("article search, LIKE", queries, random, q -> articleLike(jdbc, q)));

        CaseSuggestions suggestions = app.bean(CaseSuggestions.class);
        SupportCaseService caseService = app.bean(SupportCaseService.class);
        List<Long> ids = jdbc.queryForList("select id from support_case where contract_id is not null", Long.class);
        figures.addAll(measure("triage suggestion (CaseSuggestions.forCase)", queries, random, q ->
                tx.executeWithoutResult(s -> suggestions.forCase(
                        caseService.get(ids.get(random.nextInt(ids.size())))))));
        return figures;
    }

    private interface Query {
        void run(String text) throws Exception;
    }

    private static List<Figure> measure(String what, int count, Random random, Query query) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < count + 50; i++) {
            String q = WORDS.get(random.nextInt(WORDS.size()));
            long started = System.nanoTime();
            query.run(q);
            if (i >= 50) {
                millis.add((System.nanoTime() - started) / 1e6);
            }
        }
        millis.sort(null);
        return List.of(Figure.of(what + " p50", Stats.percentile(millis, 50), "ms"),
                Figure.of(what + " p95", Stats.percentile(millis, 95), "ms"));
    }

    private static long caseLike(JdbcTemplate jdbc, String text) {
        String like = "%" + text.toLowerCase() + "%";
        String where = " from support_case c left join contract k on k.id = c.contract_id"
                + " left join hospital h on h.id = k.hospital_id where (h.code is not null or c.contract_id is null)"
                + " and (lower(c.number) like ? or lower(c.summary) like ? or lower(c.description) like ?"
                + " or lower(c.root_cause) like ? or lower(c.resolution) like ? or lower(c.reporter_name) like ?)";
        Object[] args = {like, like, like, like, like, like};
        jdbc.queryForList("select c.id, c.number, c.summary" + where + " order by c.registered_at desc, c.id desc"
                + " limit 20", args);
        return jdbc.queryForObject("select count(*)" + where, Long.class, args);
    }

    private static long articleLike(JdbcTemplate jdbc, String text) {
        String like = "%" + text.toLowerCase() + "%";
        String where = " from knowledge_article where lower(title) like ? or lower(problem) like ?"
                + " or lower(symptoms) like ? or lower(cause) like ? or lower(solution) like ? or lower(tags) like ?";
        Object[] args = {like, like, like, like, like, like};
        jdbc.queryForList("select id, reference, title" + where + " order by updated_at desc limit 20", args);
        return jdbc.queryForObject("select count(*)" + where, Long.class, args);
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static void fillCases(JdbcTemplate jdbc, Random random, int count) {
        List<Map<String, Object>> systems = jdbc.queryForList("select id, contract_id from covered_system");
        Instant now = Instant.now();
        String prefix = "WB-BENCH" + Integer.toString(random.nextInt(1 << 20), 36).toUpperCase() + "-";
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> system = systems.get(random.nextInt(systems.size()));
            String thing = pick(random, THINGS);
            String summary = pick(random, PLACES) + thing + pick(random, FAULTS);
            String description = pick(random, PLACES) + "反映" + thing + pick(random, FAULTS) + "，" + pick(random, THINGS)
                    + "也" + pick(random, FAULTS) + "，影响" + pick(random, PLACES) + "正常工作，请尽快处理。";
            Timestamp at = Timestamp.from(now.minusSeconds(60L * (count - i)));
            batch.add(new Object[] {prefix + i, system.get("contract_id"), system.get("id"), "王护士", "020-12345678",
                    summary, description, at, at, pick(random, THINGS) + pick(random, FAULTS) + "所致",
                    pick(random, FIXES)});
            if (batch.size() == 1000 || i == count - 1) {
                jdbc.batchUpdate("insert into support_case (version, number, contract_id, system_id, reporter_name,"
                        + " reporter_phone, channel, category, summary, description, reported_at, registered_at,"
                        + " registered_by, priority, status, root_cause, resolution)"
                        + " values (0, ?, ?, ?, ?, ?, 'PHONE', 'FAULT', ?, ?, ?, ?, 'bench', 'P3', 'CLOSED', ?, ?)",
                        batch);
                batch.clear();
            }
        }
    }

    private static void fillArticles(JdbcTemplate jdbc, Random random, int count) {
        List<Map<String, Object>> contracts = jdbc.queryForList(
                "select k.code as contract_code, h.code as hospital_code from contract k join hospital h on h.id = k.hospital_id");
        Timestamp now = Timestamp.from(Instant.now());
        long first = jdbc.queryForObject("select coalesce(max(id), 0) from knowledge_article", Long.class) + 1;
        List<Object[]> batch = new ArrayList<>();
        List<Object[]> links = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = first + i;
            String thing = pick(random, THINGS);
            String fault = pick(random, FAULTS);
            batch.add(new Object[] {id, String.format("KB-B%07d", id), thing + fault + "的处理方法",
                    pick(random, PLACES) + thing + fault, thing + fault + "，" + pick(random, THINGS) + pick(random, FAULTS),
                    pick(random, THINGS) + "配置错误", pick(random, FIXES) + "；" + pick(random, FIXES),
                    random.nextBoolean() ? "FAQ" : "INTERNAL", thing, now, now, now});
            Map<String, Object> contract = contracts.get(random.nextInt(contracts.size()));
            links.add(new Object[] {id, contract.get("contract_code"), contract.get("hospital_code")});
            if (batch.size() == 500 || i == count - 1) {
                jdbc.batchUpdate("insert into knowledge_article (id, version, reference, title, problem, symptoms,"
                        + " cause, solution, category, visibility, tags, status, revision, author, use_count,"
                        + " created_at, updated_at, published_at) values (?, 0, ?, ?, ?, ?, ?, ?, 'FAULT', ?, ?,"
                        + " 'PUBLISHED', 1, 'bench', 0, ?, ?, ?)", batch);
                jdbc.batchUpdate("insert into knowledge_article_contract (article_id, contract_code, hospital_code)"
                        + " values (?, ?, ?)", links);
                batch.clear();
                links.clear();
            }
        }
    }
}
