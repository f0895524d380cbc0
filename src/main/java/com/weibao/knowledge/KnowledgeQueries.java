package com.weibao.knowledge;

import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.contract.CoveredSystem;
import com.weibao.knowledge.KnowledgeApi.ArticleView;
import com.weibao.knowledge.KnowledgeApi.FaqCategory;
import com.weibao.knowledge.KnowledgeApi.FaqEntry;
import com.weibao.knowledge.KnowledgeApi.FaqSystem;
import com.weibao.knowledge.KnowledgeApi.FaqTree;
import com.weibao.knowledge.KnowledgeApi.Ref;
import com.weibao.knowledge.KnowledgeApi.VersionView;
import com.weibao.platform.security.Caller;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads articles, versions and a contract's FAQ tree (and its Word list) for the REST API. */
@Service
@Transactional(readOnly = true)
public class KnowledgeQueries {

    private static final Comparator<Article> BY_USE = Comparator.comparingInt(Article::getUseCount).reversed()
            .thenComparing(Article::getTitle);

    private final KnowledgeService knowledge;
    private final ContractService contracts;

    KnowledgeQueries(KnowledgeService knowledge, ContractService contracts) {
        this.knowledge = knowledge;
        this.contracts = contracts;
    }

    public ArticleView view(long id, Caller caller) {
        return view(knowledge.visible(id, caller));
    }

    public List<VersionView> versions(long id, Caller caller) {
        return knowledge.versions(id, caller).stream().map(v -> new VersionView(v.getRevision(), v.getAction().name(),
                v.getChangedFields(), v.getRemarks(), v.getChangedBy(), v.getChangedAt(), v.getStatus(),
                v.getTitle())).toList();
    }

    /** The contract's FAQ: covered system → category → published FAQ articles, most used first. */
    public FaqTree faq(String contractCode, Caller caller) {
        Contract contract = contracts.visibleContract(contractCode, caller);
        Map<String, Map<ArticleCategory, List<Article>>> tree = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(contract.getSystems().stream().map(CoveredSystem::getCode).toList());
        order.add(null);
        for (String system : order) {
            tree.put(system, new LinkedHashMap<>());
        }
        for (Article a : knowledge.faqOf(contract)) {
            String system = a.getSystemCode() != null && contract.findSystem(a.getSystemCode()).isPresent()
                    ? a.getSystemCode() : null;
            tree.get(system).computeIfAbsent(a.getCategory(), c -> new ArrayList<>()).add(a);
        }
        List<FaqSystem> systems = new ArrayList<>();
        for (String system : order) {
            Map<ArticleCategory, List<Article>> byCategory = tree.get(system);
            if (byCategory.isEmpty()) {
                continue;
            }
            List<FaqCategory> categories = new ArrayList<>();
            for (ArticleCategory category : ArticleCategory.values()) {
                List<Article> list = byCategory.getOrDefault(category, List.of());
                if (!list.isEmpty()) {
                    categories.add(new FaqCategory(category, category.label(), list.stream().sorted(BY_USE)
                            .map(a -> new FaqEntry(a.getId(), a.getReference(), a.getTitle(), a.getUseCount(),
                                    href(a))).toList()));
                }
            }
            String name = system == null ? "通用" : contract.findSystem(system).map(CoveredSystem::getName).orElse(system);
            systems.add(new FaqSystem(system, name, categories));
        }
        return new FaqTree(new Ref(contract.getCode(), contract.getName()),
                new Ref(contract.getHospital().getCode(), contract.getHospital().getName()), systems);
    }

    /** 常见问题解答列表 (Word) of the contract, in the FAQ tree's order, with each article's full answer. */
    public byte[] faqDocument(String contractCode, Caller caller) {
        FaqTree tree = faq(contractCode, caller);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph heading = doc.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            run(heading, "常见问题解答列表", true, 18);
            run(doc.createParagraph(), tree.contract().name() + "（" + tree.contract().code() + "）　"
                    + tree.hospital().name(), false, 11);
            int n = 0;
            for (FaqSystem system : tree.systems()) {
                run(doc.createParagraph(), system.name(), true, 15);
                for (FaqCategory category : system.categories()) {
                    run(doc.createParagraph(), category.label(), true, 13);
                    for (FaqEntry entry : category.articles()) {
                        Article a = knowledge.get(entry.id());
                        run(doc.createParagraph(), (++n) + ". " + a.getTitle(), true, 11);
                        section(doc, "问题", a.getProblem());
                        section(doc, "现象", a.getSymptoms());
                        section(doc, "原因", a.getCause());
                        section(doc, "解决方法", a.getSolution());
                        if (a.getProductVersion() != null) {
                            section(doc, "适用版本", a.getProductVersion());
                        }
                    }
                }
            }
            if (n == 0) {
                run(doc.createParagraph(), "暂无已发布的常见问题。", false, 11);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void section(XWPFDocument doc, String label, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        XWPFParagraph p = doc.createParagraph();
        run(p, label + "：", true, 11);
        run(p, text, false, 11);
    }

    private static void run(XWPFParagraph p, String text, boolean bold, int size) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setBold(bold);
        r.setFontSize(size);
        r.setFontFamily("宋体");
    }

    static ArticleView view(Article a) {
        return new ArticleView(a.getId(), a.getReference(), a.getTitle(), a.getProblem(), a.getSymptoms(),
                a.getCause(), a.getSolution(), a.getCategory(), a.getCategory().label(), a.getVisibility(),
                a.contractCodes(), a.getSystemCode(), a.getProductVersion(), a.tagList(), a.getStatus(),
                a.getStatus().label(), a.getRevision(), a.getAuthor(), a.getReviewer(), a.getReviewRemarks(),
                a.getSourceCaseNumber(), a.getUseCount(), a.getCreatedAt(), a.getUpdatedAt(), a.getPublishedAt(),
                href(a));
    }

    static String href(Article a) {
        return "/api/knowledge/articles/" + a.getId();
    }
}
