package com.weibao.cases;

/** What happened to a case; the history holds one event per change, with who and when. */
public enum CaseEventType {
    REGISTERED("登记"),
    PRIORITY_PROPOSED("建议等级"),
    TRIAGED("分级受理"),
    CANCELLED("作废"),
    ASSIGNED("派工"),
    SUPPORT_ACTION("处理"),
    NOTE("备注"),
    REMOTE_ACCESS_REQUESTED("申请远程接入"),
    REMOTE_ACCESS_GRANTED("同意远程接入"),
    REMOTE_ACCESS_REFUSED("拒绝远程接入"),
    WAITING_FOR_REPORTER("等待报修人"),
    REPORTER_REPLIED("报修人回复"),
    RESOLVED("解决"),
    CONFIRMED("报修方确认"),
    REOPENED("重新打开"),
    CLOSED("关闭"),
    FAULT_REPORT_WRITTEN("出具故障报告"),
    ARCHIVED("归档"),
    PRIORITY_CHANGED("调整等级"),
    SOLUTION_PLANNED("提出方案"),
    ONSITE_REQUIRED("需要到场"),
    WAITING_FOR_AGREED_TIME("约定处理时间"),
    AGREED_TIME_REACHED("到达约定时间"),
    /** A service-level target reached its warning time (75 %): the assigned engineer was warned. */
    SLA_WARNING("时限预警"),
    /** A service-level target was broken: the team lead was told. */
    SLA_BREACHED("时限超时"),
    /** A broken target was escalated further: service manager, then the hospital's responsible contact. */
    SLA_ESCALATED("超时升级"),
    /** The same fault on the same system came back (repeat rule): raised to P1, responsible persons told. */
    REPEAT_FAULT("重复故障"),
    /** Triage assigned the contract of a case that came in without one (mail from an unknown sender). */
    CONTRACT_ASSIGNED("指定合同"),
    /** Such a case went on in a process of its hospital's tenant (移交医院处理); until then only the desk saw it. */
    HANDED_OVER("移交医院处理"),
    /** Files that came in with a mail were kept with the case. */
    ATTACHMENTS_ADDED("收到附件"),
    /** A mail Weibao sent for the case came back undelivered (the bounce is kept with the case). */
    MAIL_BOUNCED("邮件退信"),
    /** A case triaged as 投诉 went to the service managers' complaint handling instead of an engineer. */
    COMPLAINT_FORWARDED("转投诉处理"),
    /** A person dated the report before its registration (a call taken on paper), with the reason. */
    REPORT_BACKDATED("补登报修时间"),
    /** An expert panel on the case concluded (change module): the question and the lead's conclusion. */
    EXPERT_PANEL("专家会诊结论"),
    /** The fault is a product bug, handed to the vendor's R&D with a ticket and an expected fix date. */
    PRODUCT_BUG("转研发处理"),
    /** A release that fixes the case's product bug was accepted by the hospital. */
    FIX_RELEASED("修复已发布");

    private final String label;

    CaseEventType(String label) {
        this.label = label;
    }

    /** The Chinese name shown in the case's history. */
    public String label() {
        return label;
    }
}
