package com.weibao.quality;

import com.weibao.contract.Category;
import com.weibao.cases.Channel;
import com.weibao.cases.NewCase;
import com.weibao.cases.Satisfaction;
import com.weibao.cases.SupportAction;
import com.weibao.cases.SupportCase;
import com.weibao.cases.SupportCaseService;
import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.notify.NotificationRequest;
import com.weibao.notify.Notifications;
import com.weibao.notify.Recipient;
import com.weibao.platform.DisplayTimes;
import com.weibao.platform.identity.PeopleNames;
import com.weibao.platform.security.Caller;
import com.weibao.platform.security.Roles;
import com.weibao.platform.web.InvalidRequestException;
import com.weibao.platform.web.NotFoundException;
import com.weibao.sla.WorkingTime;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Callbacks and satisfaction: decides for each closed case whether it is called back and when (the contract's
 * policy on its business calendar), records each call, the service manager's follow-up, and every rating with its
 * source. The callback process calls it through thin listeners.
 */
@Service
@Transactional
public class QualityService {

    private static final Logger log = LoggerFactory.getLogger(QualityService.class);
    static final String ACTOR = "quality";

    private final SupportCaseService cases;
    private final ContractService contracts;
    private final CallbackPolicyRepository policies;
    private final CallbackRepository callbacks;
    private final SatisfactionRepository ratings;
    private final CallbackWorkflow workflow;
    private final WorkingTime time;
    private final Notifications notifications;
    private final Clock clock;
    private final PeopleNames people;
    private final ComplaintService complaints;

    QualityService(SupportCaseService cases, ContractService contracts, CallbackPolicyRepository policies,
                   CallbackRepository callbacks, SatisfactionRepository ratings, CallbackWorkflow workflow,
                   WorkingTime time, Notifications notifications, Clock clock, PeopleNames people,
                   ComplaintService complaints) {
        this.cases = cases;
        this.contracts = contracts;
        this.policies = policies;
        this.callbacks = callbacks;
        this.ratings = ratings;
        this.workflow = workflow;
        this.time = time;
        this.notifications = notifications;
        this.clock = clock;
        this.people = people;
        this.complaints = complaints;
    }

    /** Decides (once per case) whether the closed case is called back; a selected one starts its callback process. */
    public void caseClosed(long caseId) {
        if (callbacks.existsByCaseId(caseId)) {
            return;
        }
        SupportCase c = cases.get(caseId);
        Contract contract = c.getContract();
        if (contract == null || c.getClosedAt() == null) {
            return;
        }
        CallbackPolicy policy = policies.findByContractCode(contract.getCode()).orElse(null);
        String reporter = reporterKey(c);
        Optional<Instant> lastSelected = reporter == null ? Optional.empty()
                : callbacks.findFirstByReporterKeyAndDecisionOrderByClosedAtDesc(reporter, CallbackDecision.SELECTED)
                        .map(Callback::getClosedAt);
        CallbackDecision decision = CallbackDecision.decide(policy, c.getDuplicateOf() != null, c.getNumber(),
                c.getClosedAt(), lastSelected);
        Callback callback = callbacks.save(new Callback(caseId, c.getNumber(), contract.getCode(), c.hospitalCode(),
                reporter, engineersOf(c), c.getClosedAt(), decision, policy == null ? 0 : policy.getAttempts()));
        log.info("Case {} closed: callback {}", c.getNumber(), decision);
        if (decision == CallbackDecision.SELECTED) {
            Instant due = after(contract, c.getClosedAt(), policy.delay());
            callback.scheduled(due, workflow.start(c.getNumber(), contract.getCode(),
                    policy.getTeamGroup(), due));
        }
    }

    /** Keeps the rating the hospital gave when it confirmed the resolution, as a satisfaction of that source. */
    public void caseConfirmed(long caseId) {
        SupportCase c = cases.get(caseId);
        if (c.getSatisfaction() == null || c.getContract() == null
                || ratings.existsByCaseIdAndSource(caseId, SatisfactionSource.CONFIRMATION)) {
            return;
        }
        ratings.save(new SatisfactionRecord(caseId, c.getNumber(), c.getContract().getCode(), c.hospitalCode(),
                SatisfactionSource.CONFIRMATION, c.getSatisfaction(), c.getFeedback(), c.getConfirmedBy(),
                c.getConfirmedAt() == null ? clock.instant() : c.getConfirmedAt()));
    }

    /** Refuses a user who worked on the case: the callback supervises the engineers, so never their own. */
    @Transactional(readOnly = true)
    public void checkMayCall(long callbackId, String userId) {
        if (load(callbackId).workedOnCase(userId)) {
            throw new NotAllowedToCall(userId);
        }
    }

    /** One call of the callback team; returns where the process goes next and keeps a reached rating. */
    public CallbackRoute recordCall(long callbackId, CallOutcome outcome, Boolean solved, Satisfaction rating,
                                    String comment, String actor) {
        Callback callback = load(callbackId);
        if (callback.workedOnCase(actor)) {
            throw new NotAllowedToCall(actor);
        }
        Instant now = clock.instant();
        CallbackRoute route = callback.recordCall(outcome, solved, rating, blankToNull(comment), actor, now);
        if (callback.getStatus() == CallbackStatus.REACHED) {
            ratings.save(new SatisfactionRecord(callback.getCaseId(), callback.getCaseNumber(),
                    callback.getContractCode(), callback.getHospitalCode(), SatisfactionSource.CALLBACK, rating,
                    callback.getComment(), actor, now));
        }
        if (route == CallbackRoute.FOLLOW_UP) {
            CallbackPolicy policy = policies.findByContractCode(callback.getContractCode()).orElseThrow();
            Contract contract = contracts.find(callback.getContractCode()).orElseThrow();
            Instant due = after(contract, now, policy.followUp());
            callback.followUpDue(due);
            notifications.send(new NotificationRequest(Recipient.group(Roles.MANAGERS), callback.getCaseId(),
                    callback.getCaseNumber(), "CALLBACK_FOLLOW_UP",
                    "回访跟进：工单 " + callback.getCaseNumber() + (Boolean.FALSE.equals(solved) ? " 问题未解决" : " 评价为差"),
                    "工单 " + callback.getCaseNumber() + " 电话回访结果：" + (Boolean.TRUE.equals(solved) ? "问题已解决" : "问题未解决")
                            + "，满意度“" + rating.label() + "”。" + (callback.getComment() == null ? ""
                            : "报修人意见：" + callback.getComment() + "。") + "请于 " + DisplayTimes.format(due)
                            + " 前在任务列表中处理“处理回访投诉”（新建工单、登记投诉或与报修人沟通解决）。",
                    "callback-follow-up:" + callback.getId()));
        }
        return route;
    }

    /** When the next call is due after one nobody answered: the policy's spacing on the delay's clock. */
    @Transactional(readOnly = true)
    public Instant nextAttemptAt(long callbackId) {
        Callback callback = load(callbackId);
        CallbackPolicy policy = policies.findByContractCode(callback.getContractCode()).orElseThrow();
        Contract contract = contracts.find(callback.getContractCode()).orElseThrow();
        return time.plus(clock.instant(), policy.spacingValue(), policy.delay().serviceWindow(contract));
    }

    @Transactional(readOnly = true)
    public Instant followUpDueAt(long callbackId) {
        return load(callbackId).getFollowUpDueAt();
    }

    /** The follow-up is past its deadline and not done: the service managers are told again (once). */
    public void followUpOverdue(long callbackId) {
        Callback callback = load(callbackId);
        if (callback.getFollowUpAction() != null) {
            return;
        }
        notifications.send(new NotificationRequest(Recipient.group(Roles.MANAGERS), callback.getCaseId(),
                callback.getCaseNumber(), "CALLBACK_FOLLOW_UP_OVERDUE",
                "回访投诉逾期未处理：工单 " + callback.getCaseNumber(),
                "工单 " + callback.getCaseNumber() + " 的回访投诉应于 " + DisplayTimes.format(callback.getFollowUpDueAt())
                        + " 前处理，至今未完成，请尽快在任务列表中处理“处理回访投诉”。",
                "callback-follow-up-overdue:" + callback.getId()));
    }

    /**
     * The service manager's follow-up: a new case for the reporter's problem, a complaint against the closed case
     * and its engineers (its own process, with the contract's deadline), or settled with a note.
     */
    public String recordFollowUp(long callbackId, FollowUpAction action, String note, String actor) {
        if (action == null) {
            throw InvalidRequestException.of("followUpAction", "请选择处理方式：新建工单、登记投诉或已沟通解决");
        }
        if (note == null || note.isBlank()) {
            throw InvalidRequestException.of("followUpNote", "请记录处理说明");
        }
        if (note.length() > Callback.TEXT_MAX) {
            throw InvalidRequestException.of("followUpNote", "最多 " + Callback.TEXT_MAX + " 字");
        }
        Callback callback = load(callbackId);
        if (callback.getFollowUpDueAt() == null || callback.getFollowUpAction() != null) {
            throw InvalidRequestException.of("followUpAction", "此回访无需或已完成跟进");
        }
        String newCase = null;
        Long complaint = null;
        if (action == FollowUpAction.NEW_CASE) {
            SupportCase closed = cases.get(callback.getCaseId());
            SupportCase opened = cases.submit(new NewCase(callback.getContractCode(),
                    closed.getSystem() == null ? null : closed.getSystem().getCode(), closed.getReporter(),
                    Channel.PHONE, closed.getCategory() == null ? Category.FAULT : closed.getCategory(), null,
                    "回访跟进：" + closed.getSummary(),
                    "电话回访工单 " + closed.getNumber() + "：" + (Boolean.FALSE.equals(callback.getSolved())
                            ? "问题未解决" : "问题已解决") + "，满意度“" + callback.getRating().label() + "”。"
                            + (callback.getComment() == null ? "" : "报修人意见：" + callback.getComment() + "。")
                            + "服务经理：" + note.strip(), null, null, actor), Caller.system(ACTOR));
            newCase = opened.getNumber();
        } else if (action == FollowUpAction.COMPLAINT) {
            complaint = complaints.fileFromCallback(callback, note.strip(), actor);
        }
        callback.recordFollowUp(action, note.strip(), newCase, complaint, actor);
        return newCase;
    }

    /** What the callback form shows about the case and the call. */
    @Transactional(readOnly = true)
    public CallbackCard.CallbackCardView card(long callbackId) {
        Callback callback = load(callbackId);
        SupportCase c = cases.get(callback.getCaseId());
        return CallbackCard.of(callback, c, people::nameOf);
    }

    /** The callback of a case, if its closing decided one. */
    @Transactional(readOnly = true)
    public Optional<CallbackView> callbackOfCase(long caseId) {
        return callbacks.findByCaseId(caseId).map(CallbackView::of);
    }

    private Instant after(Contract contract, Instant from, TimeSpan span) {
        return span.after(time, contract, from);
    }

    /** The callback whose process instance this is: how the process's listeners and delegates find their callback. */
    public long idOfProcess(String processInstanceId) {
        return callbacks.findByProcessInstanceId(processInstanceId).map(Callback::getId)
                .orElseThrow(() -> new NotFoundException("no callback of process instance " + processInstanceId));
    }

    private Callback load(long callbackId) {
        return callbacks.findById(callbackId).orElseThrow(() -> new NotFoundException("no callback " + callbackId));
    }

    /** The reporter, by phone number (digits) or else name and department: who "the same reporter" is. */
    static String reporterKey(SupportCase c) {
        if (c.getReporter() == null) {
            return null;
        }
        String phone = c.getReporter().getPhone() == null ? "" : c.getReporter().getPhone().replaceAll("\\D", "");
        if (!phone.isEmpty()) {
            return "tel:" + phone;
        }
        String name = c.getReporter().getName();
        return name == null || name.isBlank() ? null : ("name:" + name.strip() + "/"
                + (c.getReporter().getDepartment() == null ? "" : c.getReporter().getDepartment().strip()))
                .toLowerCase(Locale.ROOT);
    }

    /** The users who worked on the case: its assignee and the engineers of its support actions. */
    static List<String> engineersOf(SupportCase c) {
        Set<String> users = new LinkedHashSet<>();
        if (c.getAssignee() != null) {
            users.add(c.getAssignee());
        }
        c.getSupportActions().stream().map(SupportAction::getEngineer).filter(e -> e != null).forEach(users::add);
        return List.copyOf(users);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A user who worked on the case tried to take or record its callback. */
    public static final class NotAllowedToCall extends RuntimeException {
        public NotAllowedToCall(String userId) {
            super("用户 " + userId + " 处理过该工单，不能回访自己处理的工单（回访用于监督工程师的服务质量）");
        }
    }
}
