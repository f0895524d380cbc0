package com.weibao.inspection;

import com.weibao.notify.NotificationRequest;
import com.weibao.notify.Notifications;
import com.weibao.notify.Recipient;
import com.weibao.platform.security.Roles;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What an inspection tells people, in Chinese, through the outbound notifications: engineers before the due
 * date, team leads when overdue, service managers when still overdue later, the signing departments when a
 * report waits for them, the engineers when a report is sent back. Each is queued once per inspection and step.
 */
@Component
class InspectionNotices {

    static final String DUE_SOON = "INSPECTION_DUE_SOON";
    static final String OVERDUE = "INSPECTION_OVERDUE";
    static final String ESCALATED = "INSPECTION_ESCALATED";
    static final String REPORT_READY = "INSPECTION_REPORT_READY";
    static final String REPORT_REJECTED = "INSPECTION_REPORT_REJECTED";

    private final Notifications notifications;

    InspectionNotices(Notifications notifications) {
        this.notifications = notifications;
    }

    void dueSoon(Inspection i) {
        for (String group : i.getContract().engineerGroupList()) {
            send(Recipient.group(group), i, DUE_SOON, "巡检即将到期：" + i.title(),
                    "巡检 " + i.getReference() + "（" + i.title() + "）须在 " + i.getDueDate() + " 前完成。\n"
                            + about(i) + "请在 Tasklist 中完成“执行巡检”任务。", DUE_SOON + "|" + i.getId());
        }
    }

    void overdue(Inspection i) {
        send(Recipient.group(Roles.LEADS), i, OVERDUE, "巡检已逾期：" + i.title(),
                "巡检 " + i.getReference() + "（" + i.title() + "）截止日期 " + i.getDueDate() + " 已过，尚未完成。\n"
                        + about(i) + "请安排工程师尽快完成。", OVERDUE + "|" + i.getId());
    }

    void escalated(Inspection i) {
        send(Recipient.group(Roles.MANAGERS), i, ESCALATED, "巡检逾期升级：" + i.title(),
                "巡检 " + i.getReference() + "（" + i.title() + "）截止日期 " + i.getDueDate()
                        + " 已过，组长提醒后仍未完成，现上报服务经理。\n" + about(i), ESCALATED + "|" + i.getId());
    }

    void reportReady(Inspection i, int version) {
        for (Department department : i.requiredDepartments()) {
            send(Recipient.group(department.group(i.hospitalCode())), i, REPORT_READY,
                    "巡检报告待签字：" + i.title(),
                    "巡检 " + i.getReference() + "（" + i.title() + "）第 " + version + " 版巡检报告已生成，请"
                            + department.label() + "在 Tasklist 中签字确认，或填写原因退回修改。\n" + about(i),
                    REPORT_READY + "|" + i.getId() + "|" + version + "|" + department);
        }
    }

    void reportRejected(Inspection i, List<InspectionSignOff> rejections) {
        StringBuilder reasons = new StringBuilder();
        rejections.forEach(r -> reasons.append(r.getDepartment().label()).append("（").append(r.getDecidedBy())
                .append("）：").append(r.getReason()).append('\n'));
        Recipient to = i.getPerformedBy() == null ? Recipient.group(Roles.LEADS) : Recipient.user(i.getPerformedBy());
        send(to, i, REPORT_REJECTED, "巡检报告被退回：" + i.title(),
                "巡检 " + i.getReference() + "（" + i.title() + "）第 " + i.getReportVersion() + " 版报告被院方退回：\n"
                        + reasons + "请在 Tasklist 中按意见修改巡检结果。\n" + about(i),
                REPORT_REJECTED + "|" + i.getId() + "|" + i.getReportVersion());
    }

    private void send(Recipient to, Inspection i, String event, String subject, String body, String dedupKey) {
        notifications.send(new NotificationRequest(to, null, i.getReference(), event, subject, body, dedupKey));
    }

    private static String about(Inspection i) {
        return "医院：" + i.getContract().getHospital().getName() + "\n合同：" + i.getContract().getName() + "（"
                + i.getContract().getCode() + "）\n";
    }
}
