package com.weibao.change;

import com.weibao.cases.CaseEventType;
import com.weibao.cases.SupportCase;
import com.weibao.cases.SupportCaseService;
import com.weibao.change.ProductBugApi.NewProductBug;
import com.weibao.change.ProductBugApi.ProductBugView;
import com.weibao.contract.ContractService;
import com.weibao.contract.CoveredSystem;
import com.weibao.notify.NotificationRequest;
import com.weibao.notify.Notifications;
import com.weibao.notify.Recipient;
import com.weibao.platform.DisplayTimes;
import com.weibao.platform.identity.PeopleNames;
import com.weibao.platform.security.Caller;
import com.weibao.platform.security.Roles;
import com.weibao.platform.web.ConflictException;
import com.weibao.platform.web.FieldViolation;
import com.weibao.platform.web.InvalidRequestException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Product bugs (seed 000 §基础故障响应): an engineer hands a case's fault to the vendor's R&D with the R&D ticket and
 * the expected fix date, which the reporter is told; when a release that fixes the case is accepted by the hospital,
 * the reporter is told the fix is released. Both steps are written into the case's history.
 */
@Service
@Transactional
public class ProductBugService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final ProductBugRepository bugs;
    private final SupportCaseService cases;
    private final ContractService contracts;
    private final Notifications notifications;
    private final PeopleNames people;
    private final Clock clock;

    ProductBugService(ProductBugRepository bugs, SupportCaseService cases, ContractService contracts,
                      Notifications notifications, PeopleNames people, Clock clock) {
        this.bugs = bugs;
        this.cases = cases;
        this.contracts = contracts;
        this.notifications = notifications;
        this.people = people;
        this.clock = clock;
    }

    /** The case the caller may see, handed to R&D by the vendor's engineers, team leads or service managers. */
    public ProductBug record(String caseNumber, NewProductBug request, Caller caller) {
        SupportCase supportCase = cases.visibleCase(caseNumber, caller);
        if (!caller.isAdmin() && !caller.inGroup(Roles.ENGINEERS) && !caller.inGroup(Roles.LEADS)
                && !caller.inGroup(Roles.MANAGERS)) {
            throw new AccessDeniedException("只有厂商的工程师、组长或服务经理可以把工单转研发处理");
        }
        if (supportCase.getContract() == null) {
            throw new ConflictException("工单 " + supportCase.getNumber() + " 尚未指定合同，不能转研发处理");
        }
        List<FieldViolation> violations = new ArrayList<>();
        String ticket = request == null || request.ticket() == null ? null : request.ticket().strip();
        if (ticket == null || ticket.isEmpty()) {
            violations.add(new FieldViolation("ticket", "请填写研发工单号"));
        } else if (ticket.length() > 64) {
            violations.add(new FieldViolation("ticket", "研发工单号不能超过 64 个字符"));
        }
        LocalDate expected = request == null ? null : request.expectedFixOn();
        LocalDate today = LocalDate.now(clock.withZone(DisplayTimes.BEIJING));
        if (expected == null) {
            violations.add(new FieldViolation("expectedFixOn", "请填写预计修复日期（如 " + today.plusDays(14) + "）"));
        } else if (expected.isBefore(today)) {
            violations.add(new FieldViolation("expectedFixOn", "预计修复日期不能早于今天（" + today + "）"));
        }
        String description = request == null || request.description() == null || request.description().isBlank()
                ? null : request.description().strip();
        if (description != null && description.length() > 4000) {
            violations.add(new FieldViolation("description", "缺陷说明不能超过 4000 字"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("转研发信息不完整：" + violations.get(0).message(), violations);
        }
        if (bugs.findByCaseNumberOrderByIdAsc(supportCase.getNumber()).stream()
                .anyMatch(b -> b.getTicket().equalsIgnoreCase(ticket))) {
            throw new ConflictException("工单 " + supportCase.getNumber() + " 已登记研发工单 " + ticket);
        }
        ProductBug bug = bugs.save(new ProductBug(supportCase.getNumber(), supportCase.getContract().getCode(),
                supportCase.hospitalCode(), ticket, expected, description, caller.userId(), clock.instant()));
        cases.recordFollowUp(supportCase.getId(), CaseEventType.PRODUCT_BUG, "确认为产品缺陷，已转研发处理（研发工单 "
                + ticket + "），预计 " + DAY.format(expected) + " 修复" + (description == null ? "" : "：" + description),
                caller.userId());
        notifications.send(new NotificationRequest(Recipient.reporter(), supportCase.getId(), supportCase.getNumber(),
                "PRODUCT_BUG_RECORDED", "您报修的问题已转研发修复：工单 " + supportCase.getNumber(),
                greeting(supportCase) + "工单 " + supportCase.getNumber() + "（" + supportCase.getSummary()
                        + "）经确认为产品缺陷，已提交厂商研发部门修复（研发工单 " + ticket + "）。\n预计修复日期："
                        + DAY.format(expected) + "。\n修复版本发布并经信息科验收后，我们会再通知您。" + signature(supportCase),
                "PRODUCT_BUG_RECORDED|" + bug.getId()));
        return bug;
    }

    /** Whether the case is waiting for a fix from R&D (a release may then take it, whatever its level). */
    @Transactional(readOnly = true)
    public boolean awaitsFix(String caseNumber) {
        return bugs.findByCaseNumberOrderByIdAsc(caseNumber).stream().anyMatch(b -> !b.isFixReleased());
    }

    /** A release the hospital accepted: the product bugs of the cases it fixed are released, their reporters told. */
    public void fixReleased(Release release) {
        String system = contracts.find(release.getContractCode()).flatMap(c -> c.findSystem(release.getSystemCode()))
                .map(CoveredSystem::getName).orElse(release.getSystemCode());
        for (ReleaseCase fixed : release.getCases()) {
            List<ProductBug> waiting = bugs.findByCaseNumberOrderByIdAsc(fixed.getCaseNumber()).stream()
                    .filter(b -> !b.isFixReleased()).toList();
            if (waiting.isEmpty()) {
                continue;
            }
            Instant now = clock.instant();
            SupportCase supportCase = cases.findByNumber(fixed.getCaseNumber()).orElseThrow();
            String tickets = String.join("、", waiting.stream().map(ProductBug::getTicket).toList());
            waiting.forEach(b -> b.fixReleased(release.getReference(), release.getVersion(), now));
            cases.recordFollowUp(supportCase.getId(), CaseEventType.FIX_RELEASED, "研发工单 " + tickets + " 的修复已随 "
                    + system + " " + release.getVersion() + " 发布（" + release.getReference() + "，院方已验收）",
                    "system");
            notifications.send(new NotificationRequest(Recipient.reporter(), supportCase.getId(),
                    supportCase.getNumber(), "PRODUCT_BUG_FIX_RELEASED", "您报修的问题修复已发布：工单 "
                    + supportCase.getNumber(), greeting(supportCase) + "工单 " + supportCase.getNumber() + "（"
                    + supportCase.getSummary() + "）的产品缺陷（研发工单 " + tickets + "）已修复：" + system + " 版本 "
                    + release.getVersion() + " 已于 " + DisplayTimes.format(now) + " 发布并经信息科验收。\n"
                    + "如问题仍然出现，请直接回复本消息。" + signature(supportCase),
                    "PRODUCT_BUG_FIX_RELEASED|" + release.getId() + "|" + supportCase.getNumber()));
        }
    }

    /** The product bugs of a case the caller may see. */
    @Transactional(readOnly = true)
    public List<ProductBugView> ofCase(String caseNumber, Caller caller) {
        SupportCase supportCase = cases.visibleCase(caseNumber, caller);
        return bugs.findByCaseNumberOrderByIdAsc(supportCase.getNumber()).stream()
                .filter(b -> caller.canSeeHospital(b.getHospitalCode())).map(this::view).toList();
    }

    ProductBugView view(ProductBug b) {
        return new ProductBugView(b.getId(), b.getCaseNumber(), b.getTicket(), b.getExpectedFixOn(),
                b.getDescription(), b.isFixReleased() ? "修复已发布" : "研发修复中", people.nameOf(b.getRecordedBy()),
                b.getRecordedAt(), DisplayTimes.format(b.getRecordedAt()), b.getReleaseReference(),
                b.getReleaseVersion(), b.getFixReleasedAt(), DisplayTimes.format(b.getFixReleasedAt()));
    }

    private static String greeting(SupportCase c) {
        return "您好" + (c.getReporter() == null || c.getReporter().getName() == null ? ""
                : "，" + c.getReporter().getName()) + "：\n\n";
    }

    private static String signature(SupportCase c) {
        return "\n\n回复本消息时请保留工单号 [" + c.getNumber() + "]。\nWeibao 维保服务台";
    }
}
