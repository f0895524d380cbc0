package com.weibao.sla;

import com.weibao.cases.CaseEventType;
import com.weibao.cases.SupportCase;
import com.weibao.cases.SupportCaseService;
import com.weibao.notify.NotificationRequest;
import com.weibao.notify.Notifications;
import com.weibao.notify.Recipient;
import com.weibao.platform.DisplayTimes;
import com.weibao.platform.identity.PeopleNames;
import com.weibao.platform.security.Roles;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The escalation chain of a target, step by step: warn the assigned engineer, then on breach the team lead, then
 * the service manager, then the hospital's responsible contact. Each step is written into the case's history and
 * notified once: a step that was done before (a watcher re-armed after a pause) is not done again.
 */
@Service
@Transactional
public class SlaEscalations {

    private final CaseSlaTargetRepository targets;
    private final CaseSlaPauseRepository pauses;
    private final SupportCaseService caseService;
    private final Notifications notifications;
    private final SlaSchedule schedule;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PeopleNames people;

    SlaEscalations(CaseSlaTargetRepository targets, CaseSlaPauseRepository pauses, SupportCaseService caseService,
                   Notifications notifications, SlaSchedule schedule, ApplicationEventPublisher events, Clock clock,
                   PeopleNames people) {
        this.targets = targets;
        this.pauses = pauses;
        this.caseService = caseService;
        this.notifications = notifications;
        this.schedule = schedule;
        this.events = events;
        this.clock = clock;
        this.people = people;
    }

    public void warn(long targetId) {
        CaseSlaTarget target = lockedTarget(targetId);
        if (!target.isWatched() || !target.escalated(CaseSlaTarget.WARNED)) {
            return;
        }
        SupportCase c = caseService.get(target.getCaseId());
        String detail = target.getKind().label() + "时限将到：" + target.getDescription() + "，截止 "
                + DisplayTimes.format(target.getDueAt());
        caseService.recordSla(c.getId(), CaseEventType.SLA_WARNING, detail);
        fired(target, CaseSlaTarget.WARNED, target.getWarningAt());
        Recipient who = c.getAssignee() == null ? Recipient.group(Roles.AGENTS) : Recipient.user(c.getAssignee());
        send(c, target, who, "SLA_WARNING", "时限预警：" + target.getKind().label() + "将于 "
                + DisplayTimes.format(target.getDueAt()) + " 到期", detail);
    }

    public void breach(long targetId) {
        CaseSlaTarget target = lockedTarget(targetId);
        if (!target.getStatus().isOpen() || target.getDueAt() == null) {
            return;
        }
        target.breached(clock.instant());
        if (!target.escalated(CaseSlaTarget.LEAD)) {
            return;
        }
        fired(target, CaseSlaTarget.LEAD, target.getDueAt());
        SupportCase c = caseService.get(target.getCaseId());
        String detail = target.getKind().label() + "已超时：" + target.getDescription() + "，截止 "
                + DisplayTimes.format(target.getDueAt()) + "；已升级至组长";
        caseService.recordSla(c.getId(), CaseEventType.SLA_BREACHED, detail);
        send(c, target, Recipient.group(Roles.LEADS), "SLA_BREACHED", "时限已超：" + target.getKind().label(), detail);
        if (c.getAssignee() != null) {
            send(c, target, Recipient.user(c.getAssignee()), "SLA_BREACHED", "时限已超：" + target.getKind().label(),
                    detail);
        }
    }

    public void toManager(long targetId) {
        escalate(targetId, CaseSlaTarget.MANAGER, Recipient.group(Roles.MANAGERS), "服务经理");
    }

    public void toHospital(long targetId) {
        escalate(targetId, CaseSlaTarget.HOSPITAL, Recipient.hospitalContact(), "院方负责人");
    }

    private void escalate(long targetId, int step, Recipient recipient, String who) {
        CaseSlaTarget target = lockedTarget(targetId);
        if (!target.getStatus().isOpen() || target.getBreachedAt() == null || !target.escalated(step)) {
            return;
        }
        fired(target, step, schedule.escalationAt(target, step, pauses.periodsOf(target.getCaseId())));
        SupportCase c = caseService.get(target.getCaseId());
        String detail = target.getKind().label() + "超时未达成：" + target.getDescription() + "，截止 "
                + DisplayTimes.format(target.getDueAt()) + "；已升级至" + who;
        caseService.recordSla(c.getId(), CaseEventType.SLA_ESCALATED, detail);
        send(c, target, recipient, "SLA_ESCALATED", "时限超时升级（" + who + "）：" + target.getKind().label(),
                detail);
    }

    private void fired(CaseSlaTarget target, int step, Instant plannedAt) {
        events.publishEvent(new SlaStepFired(target.getId(), target.getCaseId(), step, plannedAt, clock.instant()));
    }

    /** The target, read after its case is locked: a user's change to the case in flight is waited for. */
    private CaseSlaTarget lockedTarget(long targetId) {
        long caseId = targets.findCaseIdOf(targetId);
        caseService.lock(caseId);
        return targets.findById(targetId).orElseThrow();
    }

    private void send(SupportCase c, CaseSlaTarget target, Recipient recipient, String event, String subject,
                      String detail) {
        String body = "工单 " + c.getNumber() + "：" + c.getSummary() + "\n"
                + (c.getContract() == null ? "" : "医院：" + c.getContract().getHospital().getName() + "\n")
                + "等级：" + c.getPriority() + "　处理人：" + (c.getAssignee() == null ? "未派工" : people.nameOf(c.getAssignee())) + "\n\n"
                + detail + "\n\nWeibao 维保服务台";
        notifications.send(new NotificationRequest(recipient, c.getId(), c.getNumber(), event, subject, body,
                "sla:" + target.getId() + ":" + event + ":" + recipient));
    }
}
