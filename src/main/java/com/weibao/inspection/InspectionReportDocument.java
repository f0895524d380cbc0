package com.weibao.inspection;

import static com.weibao.platform.report.WordReports.bytes;
import static com.weibao.platform.report.WordReports.fill;
import static com.weibao.platform.report.WordReports.heading;
import static com.weibao.platform.report.WordReports.keepTogether;
import static com.weibao.platform.report.WordReports.nullToEmpty;
import static com.weibao.platform.report.WordReports.paragraph;
import static com.weibao.platform.report.WordReports.row;
import static com.weibao.platform.report.WordReports.subheading;
import static com.weibao.platform.report.WordReports.table;
import static com.weibao.platform.report.WordReports.title;

import com.weibao.cases.SupportCase;
import com.weibao.platform.DisplayTimes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * The inspection report (巡检报告) as a Word document in Chinese (SimSun for East Asian text): the checked items
 * with their values and thresholds, the findings and their follow-up cases, suggestions, the hospital's
 * earlier objections and the sign-off table (filled in for the signed version).
 */
final class InspectionReportDocument {

    private InspectionReportDocument() {
    }

    /**
     * @param signed the version with the departments' signatures, filed at archiving
     * @param names a person's name for a login id
     */
    static byte[] render(Inspection i, int version, Map<String, List<String>> filesByItem, boolean signed,
                         UnaryOperator<String> names) {
        try (XWPFDocument doc = new XWPFDocument()) {
            title(doc, "巡检报告", i.title() + "　巡检单号 " + i.getReference() + "　第 " + version + " 版"
                    + (signed ? "（签字版）" : ""));

            heading(doc, "一、基本信息");
            table(doc, List.of(
                    row("医院", i.getContract().getHospital().getName()),
                    row("合同", i.getContract().getName() + "（" + i.getContract().getCode() + "）"),
                    row("巡检计划", i.getPlan().getName() + "（" + i.getPlan().getFrequency().label() + "，每年 "
                            + i.getPlan().getPerYear() + " 次）"),
                    row("巡检类型", i.getTrigger().label() + (i.getReason() == null ? "" : "：" + i.getReason())),
                    row("巡检周期", i.getPeriodLabel()),
                    row("计划日期", i.getSlotDate() == null ? "" : i.getSlotDate().toString()),
                    row("截止日期", i.getDueDate().toString()),
                    row("巡检工程师", i.getPerformedBy() == null ? "" : names.apply(i.getPerformedBy())),
                    row("完成时间", DisplayTimes.format(i.getPerformedAt())),
                    row("院方参与人", nullToEmpty(i.getHospitalParticipants())),
                    row("签字部门", String.join("、", i.requiredDepartments().stream().map(Department::label).toList()))));

            heading(doc, "二、巡检结果");
            Map<String, List<InspectionResult>> sections = new LinkedHashMap<>();
            i.getResults().forEach(r -> sections.computeIfAbsent(r.getSection(), s -> new java.util.ArrayList<>()).add(r));
            long failed = i.getResults().stream().filter(InspectionResult::isFailed).count();
            paragraph(doc, "共检查 " + i.getResults().size() + " 项，正常 " + (i.getResults().size() - failed)
                    + " 项，异常 " + failed + " 项。");
            for (Map.Entry<String, List<InspectionResult>> section : sections.entrySet()) {
                subheading(doc, section.getKey());
                XWPFTable items = doc.createTable();
                fill(items.getRow(0), "编号", "检查项目", "系统", "标准", "结果", "结论", "说明");
                for (InspectionResult r : section.getValue()) {
                    fill(items.createRow(), r.getItemCode(), r.getItemName(),
                            r.getSystem() == null ? "" : r.getSystem().getName(), r.criterion(), finding(r, filesByItem),
                            verdict(r), nullToEmpty(r.getNote()));
                }
            }

            heading(doc, "三、发现的问题与后续工单");
            List<InspectionResult> findings = i.getResults().stream()
                    .filter(r -> r.isFailed() || r.getFollowUpCase() != null).toList();
            if (findings.isEmpty()) {
                paragraph(doc, "本次巡检未发现异常。");
            } else {
                XWPFTable table = doc.createTable();
                fill(table.getRow(0), "编号", "问题", "结果", "标准", "后续工单", "等级", "工单状态");
                for (InspectionResult r : findings) {
                    SupportCase c = r.getFollowUpCase();
                    fill(table.createRow(), r.getItemCode(), r.getItemName(), r.finding(), r.criterion(),
                            c == null ? "待创建" : c.getNumber(),
                            c == null || c.getPriority() == null ? r.getFollowUpPriority().name()
                                    : c.getPriority().name() + "（" + c.getPriority().label() + "）",
                            c == null ? "" : c.getStatus().label());
                }
            }

            heading(doc, "四、结论与改进建议");
            paragraph(doc, i.getSuggestions() == null ? "无。" : i.getSuggestions());

            List<InspectionSignOff> rejections = i.getSignOffs().stream()
                    .filter(s -> s.getDecision() == SignOffDecision.REJECTED && s.getReportVersion() < version).toList();
            if (!rejections.isEmpty()) {
                heading(doc, "五、院方退回意见及修改");
                for (InspectionSignOff s : rejections) {
                    paragraph(doc, "第 " + s.getReportVersion() + " 版，" + s.getDepartment().label() + "（"
                            + names.apply(s.getDecidedBy()) + "，" + DisplayTimes.format(s.getDecidedAt()) + "）：" + s.getReason());
                }
            }

            heading(doc, rejections.isEmpty() ? "五、院方签字确认" : "六、院方签字确认");
            List<String[]> signatures = new java.util.ArrayList<>();
            signatures.add(new String[] {"部门", "签字人", "签字时间", "意见"});
            for (Department department : i.requiredDepartments()) {
                InspectionSignOff s = signed ? i.decisionOf(department).orElse(null) : null;
                signatures.add(new String[] {department.label(), s == null ? "" : names.apply(s.getDecidedBy()),
                        s == null ? "" : DisplayTimes.format(s.getDecidedAt()), s == null ? "" : s.getDecision().label()});
            }
            keepTogether(table(doc, signatures));
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("could not render the report of inspection " + i.getReference(), e);
        }
    }

    private static String finding(InspectionResult r, Map<String, List<String>> filesByItem) {
        if (r.getKind() == ItemKind.ATTACHMENT) {
            List<String> files = filesByItem.getOrDefault(r.getItemCode(), List.of());
            return files.isEmpty() ? "" : "附件 " + files.size() + " 个：" + String.join("、", files);
        }
        return r.getKind() == ItemKind.TEXT ? "见说明" : r.finding();
    }

    private static String verdict(InspectionResult r) {
        if (!r.isRecorded()) {
            return "";
        }
        return switch (r.getKind()) {
            case PASS_FAIL, MEASURE -> r.isFailed() ? "异常" : "正常";
            case TEXT, ATTACHMENT -> "已记录";
        };
    }








}
