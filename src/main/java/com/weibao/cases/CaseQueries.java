package com.weibao.cases;

import com.weibao.cases.CaseApi.AttachmentView;
import com.weibao.cases.CaseApi.Cancellation;
import com.weibao.cases.CaseApi.CaseDetails;
import com.weibao.cases.CaseApi.CaseSummary;
import com.weibao.cases.CaseApi.Closure;
import com.weibao.cases.CaseApi.EventView;
import com.weibao.cases.CaseApi.Ref;
import com.weibao.cases.CaseApi.RemoteAccessView;
import com.weibao.cases.CaseApi.ReporterDto;
import com.weibao.cases.CaseApi.SupportActionView;
import com.weibao.contract.Contract;
import com.weibao.contract.Hospital;
import com.weibao.contract.Priority;
import com.weibao.notify.NotificationView;
import com.weibao.notify.Notifications;
import com.weibao.platform.logging.PersonalData;
import com.weibao.platform.security.Caller;
import com.weibao.platform.security.Roles;
import com.weibao.platform.web.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads cases for the REST API, limited to what the caller may see. */
@Service
@Transactional(readOnly = true)
public class CaseQueries {

    public record Filter(String contract, CaseStatus status, Priority priority, String text) {
    }

    private final SupportCaseRepository cases;
    private final CaseAttachmentRepository attachments;
    private final SupportCaseService caseService;
    private final Notifications notifications;
    private final CaseDeadlines sla;
    private final EntityManager entityManager;

    CaseQueries(SupportCaseRepository cases, CaseAttachmentRepository attachments, SupportCaseService caseService,
                Notifications notifications, CaseDeadlines sla, EntityManager entityManager) {
        this.cases = cases;
        this.attachments = attachments;
        this.caseService = caseService;
        this.notifications = notifications;
        this.sla = sla;
        this.entityManager = entityManager;
    }

    /**
     * The case; its notifications (internal escalations among them) only for the vendor's staff. Phone numbers,
     * ID card numbers and e-mail addresses are shown in full to those who call reporters back or act on the case (the
     * vendor's staff, the hospital's IT department) and masked for everyone else (clinical departments).
     */
    public CaseDetails details(String number, Caller caller) {
        SupportCase supportCase = caseService.visibleCase(number, caller);
        List<NotificationView> sent = caller.isVendorStaff()
                ? notifications.ofCase(supportCase.getId()).stream().map(NotificationView::of).toList() : List.of();
        return details(supportCase, sent, seesContactDetails(caller, supportCase));
    }

    private static boolean seesContactDetails(Caller caller, SupportCase c) {
        return caller.isVendorStaff()
                || (c.hospitalCode() != null && caller.inGroup(Roles.hospitalItGroup(c.hospitalCode())));
    }

    /**
     * The cases the caller may see, newest first. A text is looked up in the archive's full-text index (Chinese
     * words inside sentences: 电子票据 finds 电子票据开具失败; every word must occur in the summary, description, root
     * cause, resolution or reporter's name) or as part of a case number.
     */
    public CaseApi.Page<CaseSummary> search(Filter filter, int page, int size, Caller caller) {
        if (filter.text() != null && !filter.text().isBlank()) {
            return fullText(filter, page, size, caller);
        }
        var result = cases.findAll(visibleTo(caller).and(matching(filter)),
                PageRequest.of(page, size, Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.desc("id"))));
        return new CaseApi.Page<>(result.map(CaseQueries::summary).getContent(), page, size,
                result.getTotalElements(), result.getTotalPages());
    }

    private static final Pattern NUMBER_PART = Pattern.compile("[A-Za-z0-9-]+");

    private CaseApi.Page<CaseSummary> fullText(Filter filter, int page, int size, Caller caller) {
        String text = filter.text().strip();
        SearchResult<SupportCase> result = Search.session(entityManager).search(SupportCase.class)
                .where((f, root) -> {
                    var words = f.bool().should(f.simpleQueryString()
                            .fields("summary", "description", "rootCause", "resolution", "reporter.name")
                            .matching(text).defaultOperator(BooleanOperator.AND));
                    if (NUMBER_PART.matcher(text).matches()) {
                        words.should(f.wildcard().field("number").matching("*" + text.toUpperCase(Locale.ROOT) + "*"));
                    }
                    root.add(words);
                    visibleIn(f, root, caller);
                    if (filter.contract() != null && !filter.contract().isBlank()) {
                        root.add(f.match().field("contractCode").matching(filter.contract()));
                    }
                    if (filter.status() != null) {
                        root.add(f.match().field("status").matching(filter.status()));
                    }
                    if (filter.priority() != null) {
                        root.add(f.match().field("priority").matching(filter.priority()));
                    }
                })
                .sort(f -> f.field("registeredAt").desc().then().score())
                .fetch(page * size, size);
        long total = result.total().hitCount();
        return new CaseApi.Page<>(result.hits().stream().map(CaseQueries::summary).toList(), page, size, total,
                (int) ((total + size - 1) / size));
    }

    /** {@link #visibleTo(Caller)} in the archive index: the caller's hospitals (vendor staff also cases without). */
    private static void visibleIn(SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?> root,
                                  Caller caller) {
        if (caller.isAdmin()) {
            return;
        }
        var visible = f.bool();
        if (!caller.hospitalCodes().isEmpty()) {
            visible.should(f.terms().field("hospitalCode").matchingAny(List.copyOf(caller.hospitalCodes())));
        }
        if (caller.isVendorStaff()) {
            visible.should(f.not(f.exists().field("hospitalCode")));
        }
        if (caller.hospitalCodes().isEmpty() && !caller.isVendorStaff()) {
            root.add(f.matchNone());
        } else {
            root.add(visible);
        }
    }

    public CaseAttachment attachment(String number, long id, Caller caller) {
        SupportCase supportCase = caseService.visibleCase(number, caller);
        CaseAttachment attachment = attachments.findByIdAndSupportCase(id, supportCase)
                .orElseThrow(() -> new NotFoundException("case " + number + " has no attachment " + id));
        attachment.getContent();
        return attachment;
    }

    private CaseDetails details(SupportCase c, List<NotificationView> sent, boolean contactDetails) {
        UnaryOperator<String> shown = contactDetails ? UnaryOperator.identity() : PersonalData::mask;
        List<AttachmentView> files = attachments.findBySupportCaseOrderByFileCreatedAtAscIdAsc(c).stream()
                .map(a -> new AttachmentView(a.getId(), a.getKind(), a.getFileName(), a.getContentType(), a.getSize(),
                        a.getCreatedAt(), "/api/cases/" + c.getNumber() + "/attachments/" + a.getId()))
                .toList();
        Closure closure = c.getResolvedAt() == null && c.getClosedAt() == null && c.getFaultType() == null ? null
                : new Closure(c.getFaultType(), shown.apply(c.getRootCause()), shown.apply(c.getResolution()),
                c.getResolvedAt(), c.getSatisfaction(), shown.apply(c.getFeedback()), c.getConfirmedBy(),
                c.getConfirmedAt(), c.getClosedAt(), c.getArchivedAt());
        Cancellation cancellation = c.getStatus() == CaseStatus.CANCELLED
                ? new Cancellation(c.getDuplicateOf(), shown.apply(c.getCancelReason())) : null;
        ReporterDto reporter = contactDetails ? ReporterDto.of(c.getReporter()) : ReporterDto.of(c.getReporter()).masked();
        return new CaseDetails(c.getNumber(), c.getStatus(), c.getPriority(), c.getCategory(), c.getImpact(),
                c.getChannel(), contractRef(c.getContract()), hospitalRef(c.getContract()),
                c.getSystem() == null ? null : new Ref(c.getSystem().getCode(), c.getSystem().getName()),
                reporter, shown.apply(c.getSummary()), shown.apply(c.getDescription()), c.getReportedAt(),
                c.getRegisteredAt(), c.getRegisteredBy(), c.getAssignee(), closure, cancellation,
                c.getSupportActions().stream().map(a -> new SupportActionView(a.getMode(), a.getStartedAt(),
                        a.getEndedAt(), a.getEngineer(), shown.apply(a.getNotes()))).toList(),
                c.getRemoteAccessRequests().stream().map(q -> new RemoteAccessView(shown.apply(q.getPurpose()),
                        q.getRequestedBy(), q.getRequestedAt(), q.getDecision(), q.getDecidedBy(), q.getDecidedAt(),
                        shown.apply(q.getDecisionNote()))).toList(),
                c.getHistory().stream().map(EventView::of).map(e -> new EventView(e.at(), e.actor(), e.type(),
                        e.fromStatus(), e.toStatus(), e.channel(), shown.apply(e.detail()))).toList(),
                files, sla.targetsOf(c.getId()), sent);
    }

    private static CaseSummary summary(SupportCase c) {
        return new CaseSummary(c.getNumber(), c.getStatus(), c.getPriority(), c.getCategory(),
                contractRef(c.getContract()), hospitalRef(c.getContract()),
                c.getSystem() == null ? null : new Ref(c.getSystem().getCode(), c.getSystem().getName()),
                c.getSummary(), c.getReporter().getName(), c.getReportedAt(), c.getAssignee());
    }

    private static Ref contractRef(Contract contract) {
        return contract == null ? null : new Ref(contract.getCode(), contract.getName());
    }

    private static Ref hospitalRef(Contract contract) {
        return contract == null ? null : new Ref(contract.getHospital().getCode(), contract.getHospital().getName());
    }

    static Specification<SupportCase> visibleTo(Caller caller) {
        return (root, query, cb) -> {
            if (caller.isAdmin()) {
                return cb.conjunction();
            }
            Join<SupportCase, Contract> contract = root.join("contract", JoinType.LEFT);
            Join<Contract, Hospital> hospital = contract.join("hospital", JoinType.LEFT);
            Predicate ownHospital = caller.hospitalCodes().isEmpty() ? cb.disjunction()
                    : hospital.get("code").in(caller.hospitalCodes());
            return caller.isVendorStaff() ? cb.or(ownHospital, cb.isNull(root.get("contract"))) : ownHospital;
        };
    }

    static Specification<SupportCase> matching(Filter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.contract() != null && !filter.contract().isBlank()) {
                where.add(cb.equal(root.join("contract", JoinType.LEFT).get("code"), filter.contract()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.priority() != null) {
                where.add(cb.equal(root.get("priority"), filter.priority()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
