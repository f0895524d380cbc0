package com.weibao.knowledge;

import com.weibao.cases.CaseStatus;
import com.weibao.cases.SupportCase;
import com.weibao.cases.SupportCaseService;
import com.weibao.contract.Category;
import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.knowledge.ArticleVersion.Action;
import com.weibao.platform.security.Caller;
import com.weibao.platform.security.Roles;
import com.weibao.platform.web.ConflictException;
import com.weibao.platform.web.FieldViolation;
import com.weibao.platform.web.InvalidRequestException;
import com.weibao.platform.web.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge base: vendor staff write articles (or have a de-identified draft made from a resolved case), submit
 * them to a team lead's review (ArticleReviewProcess), which publishes or sends them back with remarks; leads retire
 * them. Hospital users read the published FAQ articles of their own contracts, nothing else.
 */
@Service
@Transactional
public class KnowledgeService {

    /** A draft made from a case, and how many pieces of personal data were removed on the way. */
    public record Drafted(Article article, int personalDataRemoved) {
    }

    private static final Set<CaseStatus> SETTLED = EnumSet.of(CaseStatus.RESOLVED, CaseStatus.CLOSED,
            CaseStatus.ARCHIVED);

    /** The form field of 填写解决方案 naming the article the case was answered with. */
    public static final String ANSWERED_WITH = "answeredWithArticle";

    private final ArticleRepository articles;
    private final ArticleVersionRepository versions;
    private final ContractService contracts;
    private final SupportCaseService cases;
    private final ArticleReviewWorkflow review;
    private final Clock clock;

    KnowledgeService(ArticleRepository articles, ArticleVersionRepository versions, ContractService contracts,
                     SupportCaseService cases, ArticleReviewWorkflow review, Clock clock) {
        this.articles = articles;
        this.versions = versions;
        this.contracts = contracts;
        this.cases = cases;
        this.review = review;
        this.clock = clock;
    }

    public Article create(ArticleContent content, Caller caller) {
        requireVendor(caller);
        Set<ArticleContract> applicable = validate(content, caller);
        Article article = new Article(caller.userId(), null, clock.instant());
        article.write(content, applicable, clock.instant());
        articles.saveAndFlush(article);
        article.assignReference();
        versions.save(new ArticleVersion(article, Action.CREATED, List.of(), null, caller.userId(), clock.instant()));
        return article;
    }

    /**
     * 沉淀为知识: a draft from a resolved case's summary, description, cause and resolution with personal data
     * removed ({@link Deidentifier}), internal until its author makes it a FAQ, the case linked as its source.
     */
    public Drafted fromCase(String caseNumber, Caller caller) {
        requireVendor(caller);
        return draft(cases.visibleCase(caseNumber, caller), caller.userId());
    }

    /**
     * 沉淀为知识 ticked at 填写解决方案: the de-identified draft goes straight to a team lead's review, the engineer as
     * its author. A case proposed twice (a redelivered event) keeps its one article.
     */
    public Optional<Article> proposeFromCase(String caseNumber, String author) {
        if (!articles.findBySourceCaseNumber(caseNumber).isEmpty()) {
            return Optional.empty();
        }
        SupportCase c = cases.findByNumber(caseNumber)
                .orElseThrow(() -> new NotFoundException("no case '" + caseNumber + "'"));
        Article article = draft(c, author).article();
        article.submit(clock.instant());
        versions.save(new ArticleVersion(article, Action.SUBMITTED, List.of(), null, author, clock.instant()));
        article.bindProcess(review.startReview(article.getId(), author));
        return Optional.of(article);
    }

    private Drafted draft(SupportCase c, String author) {
        String caseNumber = c.getNumber();
        if (!SETTLED.contains(c.getStatus()) || c.getResolution() == null) {
            throw new ConflictException("工单 " + caseNumber + " 尚未填写解决方案，不能沉淀为知识");
        }
        List<Article> existing = articles.findBySourceCaseNumber(caseNumber);
        if (!existing.isEmpty()) {
            throw new ConflictException("工单 " + caseNumber + " 已沉淀为知识文章 " + existing.get(0).getReference());
        }
        Deidentifier.Result title = Deidentifier.deidentify(c.getSummary());
        Deidentifier.Result symptoms = Deidentifier.deidentify(c.getDescription());
        Deidentifier.Result cause = Deidentifier.deidentify(c.getRootCause());
        Deidentifier.Result solution = Deidentifier.deidentify(c.getResolution());
        int removed = title.total() + symptoms.total() + cause.total() + solution.total();
        ArticleCategory category = c.getCategory() == Category.CONSULTATION ? ArticleCategory.CONSULTATION
                : ArticleCategory.FAULT;
        String contractCode = c.getContract() == null ? null : c.getContract().getCode();
        ArticleContent content = new ArticleContent(abbreviate(title.text(), 255), title.text(), symptoms.text(),
                cause.text(), solution.text(), category, Visibility.INTERNAL,
                contractCode == null ? List.of() : List.of(contractCode),
                c.getSystem() == null ? null : c.getSystem().getCode(), null, List.of());
        Set<ArticleContract> applicable = new LinkedHashSet<>();
        if (c.getContract() != null) {
            applicable.add(new ArticleContract(contractCode, c.getContract().getHospital().getCode()));
        }
        Article article = new Article(author, caseNumber, clock.instant());
        article.write(content, applicable, clock.instant());
        articles.saveAndFlush(article);
        article.assignReference();
        versions.save(new ArticleVersion(article, Action.CREATED, List.of(),
                "由工单 " + caseNumber + " 沉淀，已去除个人信息 " + removed + " 处", author, clock.instant()));
        return new Drafted(article, removed);
    }

    public Article update(long id, ArticleContent content, Caller caller) {
        requireVendor(caller);
        Article article = load(id);
        if (article.getStatus() != ArticleStatus.DRAFT) {
            throw new ConflictException("只有草稿可以修改，文章 " + article.getReference() + " 当前状态："
                    + article.getStatus().label());
        }
        Set<ArticleContract> applicable = validate(content, caller);
        List<String> changed = article.write(content, applicable, clock.instant());
        if (!changed.isEmpty()) {
            versions.save(new ArticleVersion(article, Action.EDITED, changed, null, caller.userId(), clock.instant()));
        }
        return article;
    }

    /** Submits a draft to a team lead's review. */
    public Article submit(long id, Caller caller) {
        requireVendor(caller);
        Article article = load(id);
        if (article.getStatus() != ArticleStatus.DRAFT) {
            throw new ConflictException("文章 " + article.getReference() + " 当前状态为" + article.getStatus().label()
                    + "，不能提交审核");
        }
        article.submit(clock.instant());
        versions.save(new ArticleVersion(article, Action.SUBMITTED, List.of(), null, caller.userId(), clock.instant()));
        article.bindProcess(review.startReview(article.getId(), caller.userId()));
        return article;
    }

    /** The lead's decision (审核知识文章): a refusal needs remarks and puts the article back to draft. */
    public void recordReview(long id, ReviewDecision decision, String remarks, String reviewer) {
        if (decision == null) {
            throw InvalidRequestException.of("reviewDecision", "请选择发布或退回修改");
        }
        Article article = load(id);
        if (decision == ReviewDecision.REFUSE) {
            if (remarks == null || remarks.isBlank()) {
                throw InvalidRequestException.of("remarks", "退回修改时请填写审核意见");
            }
            article.refuse(reviewer, remarks.strip(), clock.instant());
            versions.save(new ArticleVersion(article, Action.REFUSED, List.of(), remarks.strip(), reviewer,
                    clock.instant()));
        } else {
            article.publish(reviewer, clock.instant());
            versions.save(new ArticleVersion(article, Action.PUBLISHED, List.of(), blankToNull(remarks), reviewer,
                    clock.instant()));
        }
    }

    /** The author's revision after a refusal (修改知识文章): new texts, then back to review or withdrawn. */
    public void revise(long id, String title, String problem, String symptoms, String cause, String solution,
                       RevisionDecision decision, String author) {
        if (decision == null) {
            throw InvalidRequestException.of("revisionDecision", "请选择重新提交审核或撤回");
        }
        Article article = load(id);
        ArticleContent content = new ArticleContent(title, problem, symptoms, cause, solution,
                article.getCategory(), article.getVisibility(), article.contractCodes(), article.getSystemCode(),
                article.getProductVersion(), article.tagList());
        List<FieldViolation> violations = textViolations(content);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        List<String> changed = article.write(content, new LinkedHashSet<>(article.getContracts()), clock.instant());
        if (!changed.isEmpty()) {
            versions.save(new ArticleVersion(article, Action.EDITED, changed, null, author, clock.instant()));
        }
        if (decision == RevisionDecision.RESUBMIT) {
            article.submit(clock.instant());
            versions.save(new ArticleVersion(article, Action.SUBMITTED, List.of(), null, author, clock.instant()));
        } else {
            article.backToDraft(clock.instant());
            versions.save(new ArticleVersion(article, Action.WITHDRAWN, List.of(), null, author, clock.instant()));
        }
    }

    /** Retires a published article: team leads and administrators. */
    public Article retire(long id, Caller caller) {
        if (!caller.isAdmin() && !caller.inGroup(Roles.LEADS)) {
            throw new AccessDeniedException("articles are retired by team leads");
        }
        Article article = load(id);
        if (article.getStatus() != ArticleStatus.PUBLISHED) {
            throw new ConflictException("只有已发布的文章可以停用");
        }
        article.retire(clock.instant());
        versions.save(new ArticleVersion(article, Action.RETIRED, List.of(), null, caller.userId(), clock.instant()));
        return article;
    }

    /** A consultation answered with the article: counts for the FAQ's order. */
    public Article used(long id, String caseNumber, Caller caller) {
        requireVendor(caller);
        Article article = load(id);
        if (article.getStatus() != ArticleStatus.PUBLISHED) {
            throw new ConflictException("只有已发布的文章可以用于答复");
        }
        if (caseNumber != null && !caseNumber.isBlank()) {
            cases.visibleCase(caseNumber, caller);
        }
        article.used();
        return article;
    }

    /**
     * The case was answered with the article (填写解决方案, chosen among its suggestions): counts for the FAQ's order
     * and is noted on the case by reference. Only a published article that applies to the case is taken: internal,
     * or a FAQ of the case's contract; the id comes from a form, so anything else is refused as a wrong choice.
     */
    public Article answeredCase(long articleId, long caseId, String actor) {
        SupportCase supportCase = cases.get(caseId);
        String contract = supportCase.getContract() == null ? null : supportCase.getContract().getCode();
        Article article = articles.findById(articleId)
                .filter(a -> a.getStatus() == ArticleStatus.PUBLISHED)
                .filter(a -> a.getVisibility() == Visibility.INTERNAL || a.contractCodes().contains(contract))
                .orElseThrow(() -> InvalidRequestException.of(ANSWERED_WITH,
                        "所选知识文章不存在、未发布或不适用于本工单的合同，请从列表中选择"));
        article.used();
        cases.addNote(supportCase.getNumber(), "以知识文章 " + article.getReference() + " 答复", false, null,
                Caller.system(actor));
        return article;
    }

    @Transactional(readOnly = true)
    public Article visible(long id, Caller caller) {
        Article article = articles.findById(id).orElseThrow(() -> notFound(id));
        if (caller.isVendorStaff() || article.readableByHospital(caller.hospitalCodes())) {
            return article;
        }
        throw notFound(id);
    }

    @Transactional(readOnly = true)
    List<ArticleVersion> versions(long id, Caller caller) {
        requireVendor(caller);
        return versions.findByArticleIdOrderByIdAsc(load(id).getId());
    }

    /** The published FAQ articles of a contract the caller may see. */
    @Transactional(readOnly = true)
    List<Article> faqOf(Contract contract) {
        return articles.findInContract(contract.getCode(), ArticleStatus.PUBLISHED, Visibility.FAQ);
    }

    @Transactional(readOnly = true)
    public Article get(long id) {
        return load(id);
    }

    /** The article a review process instance runs for (its listeners find their article so, never by a variable). */
    public long idOfProcess(String processInstanceId) {
        return articles.findByProcessInstanceId(processInstanceId).map(Article::getId)
                .orElseThrow(() -> new NotFoundException("no article of process instance " + processInstanceId));
    }

    private Article load(long id) {
        return articles.findById(id).orElseThrow(() -> notFound(id));
    }

    private Set<ArticleContract> validate(ArticleContent c, Caller caller) {
        List<FieldViolation> violations = textViolations(c);
        if (c.category() == null) {
            violations.add(new FieldViolation("category", "请选择类别（FAULT、CONSULTATION、HOW_TO）"));
        }
        if (c.visibility() == null) {
            violations.add(new FieldViolation("visibility", "请选择可见范围（INTERNAL 或 FAQ）"));
        }
        List<String> codes = c.contracts() == null ? List.of() : c.contracts();
        if (c.visibility() == Visibility.FAQ && codes.isEmpty()) {
            violations.add(new FieldViolation("contracts", "常见问题须指明适用的合同"));
        }
        Set<ArticleContract> applicable = new LinkedHashSet<>();
        List<Contract> found = new ArrayList<>();
        for (String code : codes) {
            contracts.findVisible(code, caller).ifPresentOrElse(contract -> {
                found.add(contract);
                applicable.add(new ArticleContract(contract.getCode(), contract.getHospital().getCode()));
            }, () -> violations.add(new FieldViolation("contracts", "没有合同 " + code)));
        }
        if (c.system() != null && !c.system().isBlank() && !found.isEmpty()
                && found.stream().noneMatch(contract -> contract.findSystem(c.system()).isPresent())) {
            violations.add(new FieldViolation("system", "适用合同中没有系统 " + c.system()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return applicable;
    }

    private static List<FieldViolation> textViolations(ArticleContent c) {
        List<FieldViolation> violations = new ArrayList<>();
        required(violations, "title", c.title(), 255);
        required(violations, "problem", c.problem(), 20000);
        required(violations, "solution", c.solution(), 20000);
        if (c.symptoms() != null && c.symptoms().length() > 20000) {
            violations.add(new FieldViolation("symptoms", "不能超过 20000 字"));
        }
        if (c.cause() != null && c.cause().length() > 20000) {
            violations.add(new FieldViolation("cause", "不能超过 20000 字"));
        }
        return violations;
    }

    private static void required(List<FieldViolation> violations, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            violations.add(new FieldViolation(field, "必填"));
        } else if (value.length() > max) {
            violations.add(new FieldViolation(field, "不能超过 " + max + " 字"));
        }
    }

    private static void requireVendor(Caller caller) {
        if (!caller.isVendorStaff()) {
            throw new AccessDeniedException("knowledge articles are written by the vendor's staff");
        }
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("no article " + id);
    }

    private static String abbreviate(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
