package com.weibao.sla;

import com.weibao.cases.CaseChanged;
import com.weibao.cases.CaseEventType;
import com.weibao.cases.CaseLookups;
import com.weibao.cases.SupportCase;
import com.weibao.cases.SupportCaseService;
import com.weibao.contract.Contract;
import com.weibao.contract.Priority;
import com.weibao.notify.NotificationRequest;
import com.weibao.notify.Notifications;
import com.weibao.notify.Recipient;
import com.weibao.platform.security.Roles;
import java.time.Duration;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seed 003's repeat rule, for contracts that have it: when triage finds the n-th case within so many days for the
 * same covered system and fault type, the case is raised to P1 (a P1 already stays, and must be reported with an
 * agreed solution) and the team leads, the service managers and the hospital's responsible contact are told.
 */
@Component
class RepeatFaults {

    private final CaseLookups cases;
    private final SupportCaseService caseService;
    private final Notifications notifications;

    RepeatFaults(CaseLookups cases, SupportCaseService caseService, Notifications notifications) {
        this.cases = cases;
        this.caseService = caseService;
        this.notifications = notifications;
    }

    @EventListener
    @Transactional
    void on(CaseChanged change) {
        if (change.type() != CaseEventType.TRIAGED) {
            return;
        }
        SupportCase c = caseService.get(change.caseId());
        Contract contract = c.getContract();
        if (contract == null || contract.getRepeatCount() == null || c.getSystem() == null || c.getFaultType() == null) {
            return;
        }
        long count = cases.countSameFault(c.getSystem(), c.getFaultType(),
                c.getReportedAt().minus(Duration.ofDays(contract.getRepeatWithinDays())), c.getReportedAt());
        if (count < contract.getRepeatCount()) {
            return;
        }
        String detail = contract.getRepeatWithinDays() + " 天内同一系统（" + c.getSystem().getName() + "）同类故障（"
                + c.getFaultType().label() + "）第 " + count + " 次";
        boolean raise = c.getPriority() != Priority.P1;
        caseService.recordSla(c.getId(), CaseEventType.REPEAT_FAULT,
                detail + (raise ? "：升为 P1" : "：已是 P1，须报告院方并商定解决方案"));
        if (raise) {
            caseService.changePriority(c.getId(), Priority.P1, detail, "weibao");
        }
        String body = "工单 " + c.getNumber() + "：" + c.getSummary() + "\n医院：" + contract.getHospital().getName()
                + "\n\n" + detail + (raise ? "，已按合同升为一级故障。" : "。") + "\n请报告院方并商定解决方案。\n\nWeibao 维保服务台";
        for (Recipient recipient : List.of(Recipient.group(Roles.LEADS), Recipient.group(Roles.MANAGERS),
                Recipient.hospitalContact())) {
            notifications.send(new NotificationRequest(recipient, c.getId(), c.getNumber(), "REPEAT_FAULT",
                    "同类故障重复发生：" + c.getSystem().getName(), body, "repeat:" + c.getId() + ":" + recipient));
        }
    }
}
