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
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
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

    CaseQueries(SupportCaseRepository cases, CaseAttachmentRepository attachments, SupportCaseService caseService,
                Notifications notifications, CaseDeadlines sla) {
        this.cases = cases;
        this.attachments = attachments;
        this.caseService = caseService;
        this.notifications = notifications;
        this.sla = sla;
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

    public CaseApi.Page<CaseSummary> search(Filter filter, int page, int size, Caller caller) {
        var result = cases.findAll(visibleTo(caller).and(matching(filter)),
                PageRequest.of(page, size, Sort.by(Sort.Order.desc("registeredAt"), Sort.Order.desc("id"))));
        return new CaseApi.Page<>(result.map(CaseQueries::summary).getContent(), page, size,
                result.getTotalElements(), result.getTotalPages());
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
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = "%" + escapeLike(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
                where.add(cb.or(
                        cb.like(cb.lower(root.get("number")), like, '\\'),
                        cb.like(cb.lower(root.get("summary")), like, '\\'),
                        cb.like(cb.lower(root.get("description")), like, '\\'),
                        cb.like(cb.lower(root.get("rootCause")), like, '\\'),
                        cb.like(cb.lower(root.get("resolution")), like, '\\'),
                        cb.like(cb.lower(root.get("reporter").get("name")), like, '\\')));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
