package com.weibao.cases;

import com.weibao.contract.Category;
import com.weibao.notify.NotificationRequest;
import com.weibao.notify.Notifications;
import com.weibao.notify.Recipient;
import com.weibao.platform.DisplayTimes;
import com.weibao.platform.identity.PeopleNames;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the reporter how their case goes, in Chinese, on the channel they can be reached by (mail, WeChat):
 * accepted, engineer assigned, engineer on site (an on-site support action), resolved (please confirm and rate),
 * closed. Which of these are sent is configured with weibao.notify.reporter-events.
 */
@Component
public class ReporterUpdates {

    private final Notifications notifications;
    private final SupportCaseRepository cases;
    private final Set<CaseEventType> events;
    private final PeopleNames people;

    ReporterUpdates(Notifications notifications, SupportCaseRepository cases, PeopleNames people,
                    @Value("${weibao.notify.reporter-events:TRIAGED,ASSIGNED,SUPPORT_ACTION,RESOLVED,CLOSED}") Set<CaseEventType> events) {
        this.notifications = notifications;
        this.cases = cases;
        this.people = people;
        this.events = events.isEmpty() ? EnumSet.noneOf(CaseEventType.class) : EnumSet.copyOf(events);
    }

    @EventListener
    void on(CaseChanged change) {
        CaseEventType event = change.type();
        if (!events.contains(event)) {
            return;
        }
        SupportCase c = cases.findById(change.caseId()).orElseThrow();
        SupportAction lastAction = c.getSupportActions().isEmpty() ? null
                : c.getSupportActions().get(c.getSupportActions().size() - 1);
        if (event == CaseEventType.SUPPORT_ACTION && (lastAction == null || lastAction.getMode() != SupportMode.ONSITE)) {
            return;
        }
        String subject = switch (event) {
            case TRIAGED -> "您的报修已受理";
            case ASSIGNED -> "工程师已接单";
            case SUPPORT_ACTION -> "工程师已到场处理";
            case RESOLVED -> "问题已解决，请确认并评价";
            case CLOSED -> "工单已关闭";
            default -> "工单进展：" + event;
        };
        String body = "您好" + (c.getReporter().getName() == null ? "" : "，" + c.getReporter().getName()) + "：\n\n"
                + "工单 " + c.getNumber() + "（" + c.getSummary() + "）" + switch (event) {
                    case TRIAGED -> "已受理，故障等级 " + c.getPriority() + "（" + c.getPriority().label() + "）。";
                    case ASSIGNED -> "已派给工程师 " + people.nameOf(c.getAssignee()) + " 处理。";
                    case SUPPORT_ACTION -> "工程师 " + people.nameOf(lastAction.getEngineer()) + " 已于 "
                            + DisplayTimes.format(lastAction.getStartedAt()) + " 到场处理。";
                    case RESOLVED -> "已处理完毕。处理结果：" + c.getResolution()
                            + "\n请回复确认问题是否已解决，并评价本次服务（优 / 良 / 差）。";
                    case CLOSED -> c.getCategory() == Category.COMPLAINT ? "已关闭，投诉处理结果已另行告知。感谢您的监督。"
                            : "已关闭，故障处理报告已存档。感谢您的配合。";
                    default -> "有新进展。";
                }
                + "\n\n回复本消息时请保留工单号 [" + c.getNumber() + "]。\nWeibao 维保服务台";
        notifications.send(new NotificationRequest(Recipient.reporter(), c.getId(), c.getNumber(),
                "REPORTER_" + event, subject, body, "case:" + c.getId() + ":reporter:" + event + ":"
                + c.getHistory().size()));
    }
}
