package com.weibao.cases;

import static com.weibao.platform.report.WordReports.bytes;
import static com.weibao.platform.report.WordReports.fill;
import static com.weibao.platform.report.WordReports.heading;
import static com.weibao.platform.report.WordReports.nullToEmpty;
import static com.weibao.platform.report.WordReports.paragraph;
import static com.weibao.platform.report.WordReports.row;
import static com.weibao.platform.report.WordReports.table;
import static com.weibao.platform.report.WordReports.title;

import com.weibao.contract.FaultLevelDefinition;
import com.weibao.platform.DisplayTimes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Renders a closed case as a Word document in Chinese: what happened, why, what was done. */
final class FaultReportDocument {


    private FaultReportDocument() {
    }

    static byte[] render(SupportCase c, UnaryOperator<String> names) {
        try (XWPFDocument doc = new XWPFDocument()) {
            title(doc, "故障处理报告", "工单编号 " + c.getNumber());

            heading(doc, "一、基本信息");
            table(doc, List.of(
                    row("医院", c.getContract().getHospital().getName()),
                    row("合同", c.getContract().getName() + "（" + c.getContract().getCode() + "）"),
                    row("系统", c.getSystem() == null ? "" : c.getSystem().getName()),
                    row("报修人", reporter(c.getReporter())),
                    row("报修渠道", c.getChannel().label()),
                    row("报修时间", time(c.getReportedAt())),
                    row("类别", c.getCategory().label()),
                    row("故障等级", level(c)),
                    row("处理工程师", names.apply(c.getAssignee())),
                    row("解决时间", time(c.getResolvedAt())),
                    row("关闭时间", time(c.getClosedAt()))));

            heading(doc, "二、故障现象");
            paragraph(doc, c.getSummary());
            paragraph(doc, c.getDescription());

            heading(doc, "三、故障原因");
            paragraph(doc, (c.getFaultType() == null ? "" : "【" + c.getFaultType().label() + "】") + c.getRootCause());

            heading(doc, "四、处理过程");
            XWPFTable actions = doc.createTable();
            fill(actions.getRow(0), "方式", "开始", "结束", "工程师", "说明");
            for (SupportAction action : c.getSupportActions()) {
                fill(actions.createRow(), action.getMode().label(), time(action.getStartedAt()),
                        time(action.getEndedAt()), names.apply(action.getEngineer()), nullToEmpty(action.getNotes()));
            }
            for (RemoteAccessRequest request : c.getRemoteAccessRequests()) {
                paragraph(doc, "远程接入申请（" + time(request.getRequestedAt()) + "，" + names.apply(request.getRequestedBy()) + "）："
                        + request.getPurpose() + "；院方决定：" + decision(request));
            }

            heading(doc, "五、处理结果");
            paragraph(doc, c.getResolution());

            heading(doc, "六、用户确认");
            paragraph(doc, "满意度：" + (c.getSatisfaction() == null ? "" : c.getSatisfaction().label())
                    + "；确认人：" + names.apply(c.getConfirmedBy()) + "；确认时间：" + time(c.getConfirmedAt()));
            if (c.getFeedback() != null && !c.getFeedback().isBlank()) {
                paragraph(doc, "用户意见：" + c.getFeedback());
            }
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the fault report of " + c.getNumber(), e);
        }
    }

    private static String level(SupportCase c) {
        if (c.getPriority() == null) {
            return "";
        }
        String label = c.getPriority() + "（" + c.getPriority().label() + "）";
        return c.getContract().faultLevel(c.getPriority())
                .map(FaultLevelDefinition::getDefinition).map(d -> label + "：" + d).orElse(label);
    }

    private static String decision(RemoteAccessRequest r) {
        return switch (r.getDecision()) {
            case GRANTED -> "同意（" + r.getDecidedBy() + "）";
            case REFUSED -> "不同意（" + r.getDecidedBy() + "）" + nullToEmpty(r.getDecisionNote());
            case PENDING -> "待定";
        };
    }

    private static String reporter(Reporter r) {
        return String.join(" ", List.of(nullToEmpty(r.getName()), nullToEmpty(r.getDepartment()),
                nullToEmpty(r.getPhone()), nullToEmpty(r.getEmail()))).strip();
    }







    private static String time(Instant at) {
        return DisplayTimes.format(at);
    }

}
