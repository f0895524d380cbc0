package com.weibao.change;

import com.weibao.cases.CaseEventType;
import com.weibao.cases.SupportCase;
import com.weibao.cases.SupportCaseService;
import com.weibao.change.ExpertPanelApi.ExpertView;
import com.weibao.change.ExpertPanelApi.NewExpertPanel;
import com.weibao.change.ExpertPanelApi.PanelView;
import com.weibao.contract.Contract;
import com.weibao.contract.ContractService;
import com.weibao.contract.Priority;
import com.weibao.notify.NotificationRequest;
import com.weibao.notify.Notifications;
import com.weibao.notify.Recipient;
import com.weibao.platform.DisplayTimes;
import com.weibao.platform.engine.EngineCallers;
import com.weibao.platform.identity.PeopleNames;
import com.weibao.platform.security.Caller;
import com.weibao.platform.security.Roles;
import com.weibao.platform.web.ConflictException;
import com.weibao.platform.web.FieldViolation;
import com.weibao.platform.web.InvalidRequestException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of an expert panel (专家会诊, seed 003 §7.3.3): on a P1/P2 or repeat-fault case a team lead or service
 * manager puts a question to several of the vendor's experts; each gives an opinion in their own task; the lead
 * records the conclusion, which is written into the case's history and sent to the hospital's IT department.
 */
@Service
@Transactional
public class ExpertPanelService {

    static final int TEXT_MAX = 4000;
    private static final int MAX_EXPERTS = 10;
    private static final Set<String> EXPERT_GROUPS = Set.of(Roles.ENGINEERS, Roles.LEADS, Roles.MANAGERS);

    private final ExpertPanelRepository panels;
    private final SupportCaseService cases;
    private final ContractService contracts;
    private final Notifications notifications;
    private final ExpertPanelWorkflow workflow;
    private final EngineCallers callers;
    private final PeopleNames people;
    private final Clock clock;

    ExpertPanelService(ExpertPanelRepository panels, SupportCaseService cases, ContractService contracts,
                       Notifications notifications, ExpertPanelWorkflow workflow, EngineCallers callers,
                       PeopleNames people, Clock clock) {
        this.panels = panels;
        this.cases = cases;
        this.contracts = contracts;
        this.notifications = notifications;
        this.workflow = workflow;
        this.callers = callers;
        this.people = people;
        this.clock = clock;
    }

    /**
     * A panel on a case the caller may see, convened by a team lead or service manager; refused unless the case is
     * P1/P2 or a repeat fault, and while the case has a panel without a conclusion. Its process starts with it.
     */
    public ExpertPanel convene(String caseNumber, NewExpertPanel request, Caller caller) {
        SupportCase supportCase = cases.visibleCase(caseNumber, caller);
        if (!isLead(caller)) {
            throw new AccessDeniedException("只有组长或服务经理可以召集专家会诊");
        }
        if (supportCase.getContract() == null) {
            throw new ConflictException("工单 " + supportCase.getNumber() + " 尚未指定合同，不能召集专家会诊");
        }
        String grounds = grounds(supportCase);
        if (grounds == null) {
            throw new ConflictException("只有一级、二级故障或重复故障可以召集专家会诊；工单 " + supportCase.getNumber()
                    + " 的级别是" + (supportCase.getPriority() == null ? "未分级" : supportCase.getPriority().label()
                    + "（" + supportCase.getPriority() + "）") + "，也没有重复故障记录");
        }
        panels.findByCaseNumberOrderByIdDesc(supportCase.getNumber()).stream()
                .filter(p -> p.getStatus() != ExpertPanelStatus.CONCLUDED).findFirst().ifPresent(open -> {
                    throw new ConflictException("工单 " + supportCase.getNumber() + " 已有进行中的专家会诊 "
                            + open.getReference() + "，请先记录其会诊结论");
                });
        List<FieldViolation> violations = new ArrayList<>();
        String question = request == null ? null : request.question();
        if (blank(question)) {
            violations.add(new FieldViolation("question", "请写明请专家会诊的问题"));
        } else if (question.strip().length() > TEXT_MAX) {
            violations.add(new FieldViolation("question", "会诊问题不能超过 " + TEXT_MAX + " 字"));
        }
        Set<String> experts = new LinkedHashSet<>();
        if (request != null && request.experts() != null) {
            request.experts().stream().filter(e -> !blank(e)).map(String::strip).forEach(experts::add);
        }
        if (experts.size() < 2) {
            violations.add(new FieldViolation("experts", "请至少选择两位专家"));
        } else if (experts.size() > MAX_EXPERTS) {
            violations.add(new FieldViolation("experts", "一次会诊最多邀请 " + MAX_EXPERTS + " 位专家"));
        }
        for (String expert : experts) {
            Caller user = callers.caller(expert);
            if (EXPERT_GROUPS.stream().noneMatch(user::inGroup)) {
                violations.add(new FieldViolation("experts", "“" + expert + "”不是厂商的工程师、组长或服务经理，"
                        + "不能作为会诊专家"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("专家会诊不完整：" + violations.get(0).message(), violations);
        }
        Instant now = clock.instant();
        ExpertPanel panel = new ExpertPanel(supportCase.getNumber(), supportCase.getContract().getCode(),
                supportCase.hospitalCode(), grounds, question.strip(), List.copyOf(experts), caller.userId(), now);
        panels.saveAndFlush(panel);
        panel.numbered();
        panel.startedAs(workflow.start(panel));
        for (String expert : experts) {
            notifications.send(new NotificationRequest(Recipient.user(expert), supportCase.getId(),
                    supportCase.getNumber(), "EXPERT_PANEL_CONVENED", "专家会诊邀请：工单 " + supportCase.getNumber()
                    + " " + supportCase.getSummary(), people.nameOf(expert) + "：\n\n"
                    + people.nameOf(caller.userId()) + " 就工单 " + supportCase.getNumber() + "（"
                    + supportCase.getSummary() + "，" + grounds + "）召集专家会诊（" + panel.getReference()
                    + "），请您在任务列表“发表专家意见”中给出意见。\n\n会诊问题：" + panel.getQuestion()
                    + "\n会诊专家：" + names(panel.experts()), "EXPERT_PANEL_CONVENED|" + panel.getId() + "|" + expert));
        }
        return panel;
    }

    // --- the process's steps ---

    /** The start of the panel's process binds it to the panel stored just before it (reference = business key). */
    public void bindProcess(String reference, String processInstanceId) {
        ExpertPanel panel = panels.findByReference(reference).filter(p -> p.getProcessInstanceId() == null
                        || p.getProcessInstanceId().equals(processInstanceId))
                .orElseThrow(() -> new IllegalStateException("no unbound expert panel " + reference + " for process "
                        + processInstanceId));
        panel.startedAs(processInstanceId);
    }

    @Transactional(readOnly = true)
    public long idOfProcess(String processInstanceId) {
        return panels.findByProcessInstanceId(processInstanceId).map(ExpertPanel::getId)
                .orElseThrow(() -> new IllegalStateException("no expert panel for process " + processInstanceId));
    }

    @Transactional(readOnly = true)
    public ExpertPanel get(long id) {
        return panels.findById(id).orElseThrow(() -> new IllegalStateException("no expert panel " + id));
    }

    /** The experts of the panel of a process instance: one opinion task each. */
    @Transactional(readOnly = true)
    public List<String> expertsOfProcess(String processInstanceId) {
        return get(idOfProcess(processInstanceId)).experts();
    }

    /**
     * 发表专家意见: the acting user's own opinion, once, and only if they sit on the panel. Refusals here answer a
     * task's form (Tasklist, /engine-rest), hence field violations: the person reads them next to the field.
     */
    public void giveOpinion(long id, String text, Caller caller) {
        ExpertPanel panel = get(id);
        ExpertOpinion opinion = panel.opinionOf(caller.userId()).orElseThrow(() -> InvalidRequestException.of(
                "expertOpinion", "只有受邀的会诊专家可以发表意见"));
        if (opinion.isGiven()) {
            throw InvalidRequestException.of("expertOpinion", "您已对专家会诊 " + panel.getReference() + " 发表过意见");
        }
        if (blank(text)) {
            throw InvalidRequestException.of("expertOpinion", "请填写您的会诊意见");
        }
        if (text.strip().length() > TEXT_MAX) {
            throw InvalidRequestException.of("expertOpinion", "会诊意见不能超过 " + TEXT_MAX + " 字");
        }
        panel.give(opinion, text.strip(), clock.instant());
    }

    /** 记录会诊结论: a team lead or service manager, once every expert has answered. */
    public void conclude(long id, String text, Caller caller) {
        ExpertPanel panel = get(id);
        if (!isLead(caller)) {
            throw InvalidRequestException.of("panelConclusion", "只有组长或服务经理可以记录会诊结论");
        }
        if (panel.getStatus() != ExpertPanelStatus.AWAITING_CONCLUSION) {
            throw InvalidRequestException.of("panelConclusion", "专家会诊 " + panel.getReference() + "："
                    + panel.getStatus().label() + "，现在不能记录结论");
        }
        if (blank(text)) {
            throw InvalidRequestException.of("panelConclusion", "请填写会诊结论");
        }
        if (text.strip().length() > TEXT_MAX) {
            throw InvalidRequestException.of("panelConclusion", "会诊结论不能超过 " + TEXT_MAX + " 字");
        }
        panel.conclude(text.strip(), caller.userId(), clock.instant());
    }

    /** The conclusion goes into the case's history and, as a notification, to the hospital's IT department. */
    public void inform(long id) {
        ExpertPanel panel = get(id);
        if (panel.getInformedAt() != null) {
            return;
        }
        SupportCase supportCase = cases.findByNumber(panel.getCaseNumber()).orElseThrow();
        String experts = names(panel.experts());
        cases.recordFollowUp(supportCase.getId(), CaseEventType.EXPERT_PANEL, "专家会诊 " + panel.getReference()
                + "（专家：" + experts + "）\n会诊问题：" + panel.getQuestion() + "\n会诊结论：" + panel.getConclusion(),
                panel.getConcludedBy());
        String hospital = contracts.find(panel.getContractCode()).map(c -> c.getHospital().getName())
                .orElse(panel.getHospitalCode());
        String contract = contracts.find(panel.getContractCode()).map(Contract::getName)
                .orElse(panel.getContractCode());
        notifications.send(new NotificationRequest(Recipient.group(Roles.hospitalItGroup(panel.getHospitalCode())),
                supportCase.getId(), supportCase.getNumber(), "EXPERT_PANEL_CONCLUDED", "专家会诊结论：工单 "
                + supportCase.getNumber() + " " + supportCase.getSummary(), hospital + "信息科：\n\n"
                + "针对工单 " + supportCase.getNumber() + "（" + supportCase.getSummary() + "，" + panel.getGrounds()
                + "），厂商于 " + DisplayTimes.format(panel.getConvenedAt()) + " 召集专家会诊（" + panel.getReference()
                + "），结论如下。\n\n会诊问题：" + panel.getQuestion() + "\n会诊专家：" + experts + "\n会诊结论："
                + panel.getConclusion() + "\n\n记录人：" + people.nameOf(panel.getConcludedBy()) + "，"
                + DisplayTimes.format(panel.getConcludedAt()) + "\n合同：" + contract
                + "\n如有疑问，请联系服务经理。", "EXPERT_PANEL_CONCLUDED|" + panel.getId()));
        panel.informed(clock.instant());
    }

    // --- reading ---

    /** The panels of a case the caller may see, newest first; opinions only for the vendor's staff. */
    @Transactional(readOnly = true)
    public List<PanelView> ofCase(String caseNumber, Caller caller) {
        SupportCase supportCase = cases.visibleCase(caseNumber, caller);
        return panels.findByCaseNumberOrderByIdDesc(supportCase.getNumber()).stream()
                .filter(p -> caller.canSeeHospital(p.getHospitalCode())).map(p -> view(p, caller)).toList();
    }

    PanelView view(ExpertPanel p, Caller caller) {
        boolean vendor = caller.isVendorStaff();
        return new PanelView(p.getId(), p.getReference(), p.getCaseNumber(), p.getGrounds(), p.getQuestion(),
                p.getStatus(), p.getStatus().label(), people.nameOf(p.getConvenedBy()), p.getConvenedAt(),
                DisplayTimes.format(p.getConvenedAt()), p.getOpinions().stream().map(o -> new ExpertView(
                        vendor ? o.getExpert() : null, people.nameOf(o.getExpert()), vendor ? o.getOpinion() : null,
                        o.getGivenAt(), DisplayTimes.format(o.getGivenAt()))).toList(), p.getConclusion(),
                p.getConcludedBy() == null ? null : people.nameOf(p.getConcludedBy()), p.getConcludedAt(),
                DisplayTimes.format(p.getConcludedAt()), p.getInformedAt(),
                vendor ? p.getProcessInstanceId() : null);
    }

    /** Why the case qualifies for a panel, in words; null when it does not. */
    private static String grounds(SupportCase c) {
        List<String> grounds = new ArrayList<>();
        if (c.getPriority() == Priority.P1 || c.getPriority() == Priority.P2) {
            grounds.add(c.getPriority().label() + "故障（" + c.getPriority() + "）");
        }
        if (c.getHistory().stream().anyMatch(e -> e.getType() == CaseEventType.REPEAT_FAULT)) {
            grounds.add("重复故障");
        }
        return grounds.isEmpty() ? null : String.join("、", grounds);
    }

    private String names(List<String> userIds) {
        return userIds.stream().map(people::nameOf).collect(Collectors.joining("、"));
    }

    private static boolean isLead(Caller caller) {
        return caller.isApplication() || caller.isAdmin() || caller.inGroup(Roles.LEADS)
                || caller.inGroup(Roles.MANAGERS);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
