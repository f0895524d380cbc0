package com.weibao.change.process;

import com.weibao.change.Change;
import com.weibao.change.ChangeEvent;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.UnaryOperator;

/** The change as its task forms show it (read-only), in Chinese. */
record ChangeFormView(String reference, String title, String kind, String hospital, String contract, String system,
                      String versions, String reason, String billable, String risk, String implementationPlan,
                      String rollbackPlan, String verificationPlan, String window, String outage,
                      String implementer, String caseNumber, String status, String href, List<Entry> history) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    record Entry(String at, String actor, String type, String detail) {
    }

    static ChangeFormView of(Change c, String hospitalName, String contractName, String systemName,
                             UnaryOperator<String> names) {
        String window = c.getWindowStart() == null ? "尚未确定"
                : SHOWN.format(c.getWindowStart()) + " – " + SHOWN.format(c.getWindowEnd());
        String outage = !c.isTakesServiceDown() ? "不停机" : c.getOutageReason() == null ? "停机（开放时间以外）"
                : "停机，开放时间内停机原因：" + c.getOutageReason();
        return new ChangeFormView(c.getReference(), c.getTitle(), c.getKind().label(), hospitalName,
                contractName, systemName,
                (c.getCurrentVersion() == null ? "（未登记）" : c.getCurrentVersion()) + " → " + c.getTargetVersion(),
                c.getReason(), c.isBillable() ? "收费变更" : "合同内（不收费）", nz(c.getRisk()),
                c.getImplementationPlan(), c.getRollbackPlan(), c.getVerificationPlan(), window, outage,
                names.apply(c.getImplementer()), nz(c.getCaseNumber()), c.getStatus().label(), "/api/changes/" + c.getId(),
                c.getHistory().stream().map(e -> new Entry(SHOWN.format(e.getAt()), names.apply(e.getActor()), label(e),
                        nz(e.getDetail()))).toList());
    }

    private static String label(ChangeEvent e) {
        return switch (e.getType()) {
            case CREATED -> "提出变更";
            case BILLABLE_DECIDED -> "确定是否收费";
            case DOCUMENT_ADDED -> "上传文档";
            case REVIEW_PASSED -> "厂商评审通过";
            case REVIEW_RETURNED -> "厂商评审退回";
            case APPROVED -> "院方批准";
            case REFUSED -> "院方不同意";
            case APPROVED_AFTER -> "院方事后批准";
            case REFUSED_AFTER -> "院方事后不批准";
            case REVISED -> "修改方案";
            case SCHEDULED -> "确定实施窗口";
            case REMINDED -> "实施前提醒";
            case IMPLEMENTED -> "实施成功";
            case IMPLEMENTATION_FAILED -> "实施失败";
            case VERIFIED -> "院方验收通过";
            case VERIFICATION_REFUSED -> "院方验收不通过";
            case ROLLED_BACK -> "执行回退";
            case VERSION_RECORDED -> "记录系统版本";
            case ABANDONED -> "放弃变更";
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
